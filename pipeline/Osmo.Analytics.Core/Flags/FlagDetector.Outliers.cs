using System.Globalization;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>AN_PROFILE_OUTLIER (info): each municipality the ML stage marks as an outlier, with the indicators
    /// that deviate most. No persistence (the model is fitted on the period only): months_in_row is 1.</summary>
    /// <remarks>Only published municipality values and a direction (higher, lower) are quoted: the z values rest on
    /// medians over all municipalities, suppressed ones included, so they are not printed.</remarks>
    private static void DetectOutliers(FlagContext ctx, List<FlagDraft> drafts)
    {
        var counties = ctx.Input.Reference.Municipalities.ToDictionary(m => m.Code, m => m.WellbeingCounty, StringComparer.Ordinal);
        foreach (var outlier in ctx.Input.Outliers.Where(o => o.IsOutlier).OrderBy(o => o.MunicipalityCode, StringComparer.Ordinal))
        {
            var cell = new CellKey(IndicatorLevels.Municipality, counties.GetValueOrDefault(outlier.MunicipalityCode), outlier.MunicipalityCode, null);
            var parts = new List<Localized>();
            foreach (var d in outlier.TopDeviations)
            {
                var def = IndicatorCatalog.Find(d.IndicatorId);
                var name = def is null ? Localized.Same(d.IndicatorId) : new Localized(ShortName(def.NameFi), ShortName(def.NameSv), ShortName(def.NameEn));
                var pub = ctx.Published(cell, d.IndicatorId);
                var value = !pub.Suppressed && pub.Value is { } v && def is not null
                    ? Localized.Same(string.Empty).Map((_, l) => " " + FormatValue(v, def.Unit, l))
                    : Localized.Same(string.Empty);
                var direction = d.Z < 0
                    ? new Localized("muita kuntia matalampi", "lägre än i andra kommuner", "lower than elsewhere")
                    : new Localized("muita kuntia korkeampi", "högre än i andra kommuner", "higher than elsewhere");
                parts.Add(Localized.Same(string.Empty).Map((_, l) => name[l] + value[l] + " (" + direction[l] + ")"));
            }

            var list = Localized.Same(string.Empty).Map((_, l) => string.Join("; ", parts.Select(p => p[l])));
            var where = ctx.Where(cell);
            var evidence = Localized.Same(string.Empty).Map((_, l) => where[l] + ": " + l switch
            {
                "fi" => $"kunnan 12 kuukauden indikaattoriprofiili poikkeaa muista kunnista (poikkeavuuspistemäärä {FlagText.Number2(outlier.Score, l)}; raja {FlagText.Number2(outlier.Threshold, l)}). Eniten poikkeavat: {list[l]}.",
                "sv" => $"kommunens indikatorprofil för 12 månader avviker från de andra kommunernas (avvikelsepoäng {FlagText.Number2(outlier.Score, l)}; gräns {FlagText.Number2(outlier.Threshold, l)}). Mest avvikande: {list[l]}.",
                _ => $"the municipality's 12-month indicator profile differs from the other municipalities (anomaly score {FlagText.Number2(outlier.Score, l)}; threshold {FlagText.Number2(outlier.Threshold, l)}). Most deviating: {list[l]}.",
            });
            var statistic = string.Create(CultureInfo.InvariantCulture, $"score {Math.Round(outlier.Score, 2, MidpointRounding.AwayFromZero):0.00}; top: ")
                + string.Join(", ", outlier.TopDeviations.Select(d => d.IndicatorId + (d.Z < 0 ? " (low)" : " (high)")));
            drafts.Add(new FlagDraft(FlagRuleIds.ProfileOutlier, cell, FlagSeverities.Info, evidence)
            {
                Value = Math.Round(outlier.Score, 4, MidpointRounding.AwayFromZero),
                ComparatorKind = FlagComparatorKinds.Threshold,
                ComparatorValue = outlier.Threshold,
                Statistic = statistic,
                Placeholders = new Dictionary<string, Localized>(StringComparer.Ordinal)
                {
                    ["indicators"] = list,
                    ["value"] = Localized.Same(string.Empty).Map((_, l) => FlagText.Number2(outlier.Score, l)),
                    ["threshold"] = Localized.Same(string.Empty).Map((_, l) => FlagText.Number2(outlier.Threshold, l)),
                },
            });
        }
    }

    /// <summary>A catalog name without its unit suffix (<c>Tavoittavuus, %</c> -> <c>Tavoittavuus</c>).</summary>
    private static string ShortName(string name) => name.EndsWith(", %", StringComparison.Ordinal) ? name[..^3] : name;

    private static string FormatValue(double value, string unit, string language) => unit switch
    {
        IndicatorUnits.Pct => FlagText.Percent(value, language),
        IndicatorUnits.Per1000 => FlagText.Number(value, language) + (language == "en" ? " per 1,000" : " / 1 000"),
        _ => FlagText.Number(value, language),
    };
}
