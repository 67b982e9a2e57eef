using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

internal static partial class ReportSections
{
    /// <summary>The flags of the given municipalities, most severe first.</summary>
    /// <remarks>Order: severity (high, medium, info), then the longest-running first (a gap that keeps recurring
    /// matters more than a new one of the same severity), then rule, municipality and target group so the order is
    /// stable. The trend chart shows the flag's indicator (month values) for the flag's municipality and target group
    /// against the county.</remarks>
    public static IReadOnlyList<FlagView> Flags(ResultsIndex ix, ReportFormatter f, Func<Flag, bool> include, string anchorPrefix, bool withTrends)
    {
        var reference = ix.Results.Reference;
        var ordered = ix.Results.Flags.Where(include)
            .OrderBy(fl => SeverityRank(fl.Severity))
            .ThenByDescending(fl => fl.MonthsInRow)
            .ThenBy(fl => fl.Rule, StringComparer.Ordinal)
            .ThenBy(fl => fl.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(fl => fl.TargetGroup ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(fl => fl.GroupIds ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var views = new List<FlagView>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var fl = ordered[i];
            var municipality = reference.FindMunicipality(fl.MunicipalityCode);
            var where = municipality is null ? fl.MunicipalityCode : f.Labels.Name(municipality);
            var tg = fl.TargetGroup is null ? null : reference.TargetGroups.FirstOrDefault(t => t.Code == fl.TargetGroup);
            if (fl.TargetGroup is not null)
            {
                where += ": " + (tg is null ? fl.TargetGroup : f.Labels.Name(tg));
            }

            var anchor = $"{anchorPrefix}{i + 1}";
            TrendView? trend = null;
            if (withTrends && fl.IndicatorId is { } id && IndicatorCatalog.Find(id) is { Table: "indicators" })
            {
                var county = reference.Counties.FirstOrDefault(c => c.Code == fl.WellbeingCounty);
                trend = Trend(ix, f, id, anchor + "-trend", ReportScope.Municipality(fl.MunicipalityCode), where,
                    ReportScope.County(fl.WellbeingCounty), county is null ? fl.WellbeingCounty : f.Labels.Name(county), fl.TargetGroup);
            }

            views.Add(new FlagView(
                anchor,
                fl.Rule,
                f.Labels.RuleTitle(fl.Rule),
                fl.Severity,
                f.Labels.Severity(fl.Severity),
                where,
                f.Labels.L(fl.EvidenceFi, fl.EvidenceSv, fl.EvidenceEn),
                fl.Statistic ?? string.Empty,
                f.Labels.L(fl.ActionFi, fl.ActionSv, fl.ActionEn),
                f.Month(fl.FirstSeen),
                f.Labels.MonthsInRow(fl.MonthsInRow),
                trend));
        }

        return views;
    }

    /// <summary>Counts of flags by severity.</summary>
    public static (int High, int Medium, int Info) Count(IEnumerable<Flag> flags)
    {
        int high = 0, medium = 0, info = 0;
        foreach (var fl in flags)
        {
            switch (fl.Severity)
            {
                case "high": high++; break;
                case "medium": medium++; break;
                default: info++; break;
            }
        }

        return (high, medium, info);
    }

    private static int SeverityRank(string severity) => severity switch
    {
        "high" => 0,
        "medium" => 1,
        "info" => 2,
        _ => 3,
    };
}
