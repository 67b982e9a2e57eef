using System.Globalization;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Core.Tests.Flags;

/// <summary>Hand-made indicator tables for flag rule tests.</summary>
/// <remarks>Reference (as <c>IndicatorTestData</c>): county 01 = municipalities 005 Alajärvi and 010 Alavus, county
/// 02 = 020 Akaa; target groups <c>ya</c> (nuoret aikuiset) and <c>ue</c> (pitkäaikaistyöttömät). Period 2025-10.</remarks>
internal static class FlagTestData
{
    public static readonly DateOnly Period = new(2025, 10, 1);

    private static readonly Lazy<ActionTemplates> LazyActions = new(() => ActionTemplates.Parse(
        ActionTemplates.Languages.ToDictionary(l => l, l => File.ReadAllText(Path.Combine(RepoRoot(), "templates", ActionTemplates.RelativePath(l))))));

    /// <summary>The shipped action templates (templates/_shared/actions).</summary>
    public static ActionTemplates Actions => LazyActions.Value;

    public static ReferenceData Reference(IReadOnlyList<NeedEstimate>? needs = null) =>
        Core.Tests.Indicators.IndicatorTestData.Reference(needs);

    /// <summary>Trend month <paramref name="back"/> months before the period.</summary>
    public static DateOnly Month(int back) => Period.AddMonths(-back);

    /// <summary>A share row (value 100 num / den with its Wilson interval).</summary>
    public static IndicatorValue Share(string indicator, string key, long num, long den, string window = "r12", int back = 0)
    {
        var (level, county, muni, tg) = Keys(key);
        var ci = ConfidenceIntervals.WilsonPct(num, den);
        return new IndicatorValue(Month(back), window, level, county, muni, tg, indicator, num, den, den == 0 ? null : 100.0 * num / den, ci?.Low, ci?.High, "pct");
    }

    /// <summary>A count row.</summary>
    public static IndicatorValue Count(string indicator, string key, long n, string window = "r12", int back = 0, string unit = "client")
    {
        var (level, county, muni, tg) = Keys(key);
        return new IndicatorValue(Month(back), window, level, county, muni, tg, indicator, n, null, n, null, null, unit);
    }

    /// <summary>A yes/no reference fact row.</summary>
    public static IndicatorValue YesNo(string indicator, string key, bool yes, string window = "r12", int back = 0)
    {
        var (level, county, muni, tg) = Keys(key);
        return new IndicatorValue(Month(back), window, level, county, muni, tg, indicator, null, null, yes ? 1 : 0, null, null, "yes_no");
    }

    /// <summary>Keys from "005", "005/ya", "c01" (county), "c01/ya".</summary>
    public static (string Level, string? County, string? Muni, string? Tg) Keys(string key)
    {
        var parts = key.Split('/');
        var tg = parts.Length > 1 ? parts[1] : null;
        if (parts[0].StartsWith('c'))
        {
            return (tg is null ? "county" : "county_x_target_group", parts[0][1..], null, tg);
        }

        var county = parts[0] == "020" ? "02" : "01";
        return (tg is null ? "municipality" : "municipality_x_target_group", county, parts[0], tg);
    }

    public static IndicatorResult Result(IEnumerable<IndicatorValue> values, IReadOnlyList<GroupActivity>? groups = null) =>
        new(Period, IndicatorCatalog.Version, [.. values], [], groups ?? []);

    public static FlagInput Input(IndicatorResult result, ReferenceData? reference = null, int minimumCellCount = 5) =>
        new(result.Period, result, IndicatorDisclosure.Suppress(result.Values, new DisclosureOptions { MinimumCellCount = minimumCellCount }),
            reference ?? Reference(), Actions);

    public static IReadOnlyList<Flag> Detect(IEnumerable<IndicatorValue> values, FlagOptions? options = null, IReadOnlyList<GroupActivity>? groups = null) =>
        FlagDetector.Detect(Input(Result(values, groups)), options ?? FlagOptions.Default);

    /// <summary>The active-clients rows that put a municipality in the data.</summary>
    public static IEnumerable<IndicatorValue> InData(params string[] municipalities) =>
        municipalities.Select(m => Count(IndicatorIds.ActiveClients, m, 200));

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Osmo.Analytics.sln) not found.");
    }

    public static string Fi(double v) => FlagText.Round1(v).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
