using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>Builds additive indicator tables with every level for disclosure tests: municipality x target group
/// cells, and their sums by municipality, county x target group, county and all.</summary>
internal static class MarginTables
{
    public static readonly DateOnly October = new(2025, 10, 1);

    /// <summary>Municipality codes <c>001</c>, <c>002</c>... and target groups <c>tg1</c>, <c>tg2</c>...</summary>
    public static string Municipality(int m) => (m + 1).ToString("000");

    public static string TargetGroup(int t) => "tg" + (t + 1);

    /// <summary>A count table. <paramref name="counties"/>[m] is the county of municipality m (default all <c>01</c>).</summary>
    public static List<IndicatorValue> Counts(
        long[,] cells,
        string[]? counties = null,
        string id = "new_cases",
        string window = "r12",
        DateOnly? period = null,
        bool withAll = true) =>
        Build(cells, null, counties, id, window, period ?? October, withAll);

    /// <summary>A share table with numerators and denominators per cell.</summary>
    public static List<IndicatorValue> Shares(long[,] numerators, long[,] denominators, string[]? counties = null, string id = "client_plan_pct") =>
        Build(numerators, denominators, counties, id, "r12", October, withAll: true);

    /// <summary>Only the municipality x target group cells and the municipality totals of one municipality.</summary>
    public static List<IndicatorValue> OneMunicipality(params long[] targetGroups)
    {
        var cells = new long[1, targetGroups.Length];
        for (var t = 0; t < targetGroups.Length; t++)
        {
            cells[0, t] = targetGroups[t];
        }

        return [.. Counts(cells, withAll: false).Where(v => v.Level is "municipality_x_target_group" or "municipality")];
    }

    public static IndicatorValue Cell(
        string level, string? county, string? municipality, string? targetGroup, long count,
        string id = "new_cases", string window = "r12", DateOnly? period = null) =>
        new(period ?? October, window, level, county, municipality, targetGroup, id, count, null, count, null, null, "case");

    private static List<IndicatorValue> Build(
        long[,] numerators, long[,]? denominators, string[]? counties, string id, string window, DateOnly period, bool withAll)
    {
        var municipalities = numerators.GetLength(0);
        var groups = numerators.GetLength(1);
        var countyOf = counties ?? Enumerable.Repeat("01", municipalities).ToArray();
        var rows = new List<IndicatorValue>();

        IndicatorValue Row(string level, string? county, string? municipality, string? targetGroup, long numerator, long? denominator) =>
            denominator is { } d
                ? new(period, window, level, county, municipality, targetGroup, id, numerator, d, d > 0 ? 100.0 * numerator / d : null, null, null, "pct")
                : new(period, window, level, county, municipality, targetGroup, id, numerator, null, numerator, null, null, "case");

        (long Numerator, long? Denominator) Sum(Func<int, int, bool> include)
        {
            long numerator = 0, denominator = 0;
            for (var m = 0; m < municipalities; m++)
            {
                for (var t = 0; t < groups; t++)
                {
                    if (include(m, t))
                    {
                        numerator += numerators[m, t];
                        denominator += denominators?[m, t] ?? 0;
                    }
                }
            }

            return (numerator, denominators is null ? null : denominator);
        }

        for (var m = 0; m < municipalities; m++)
        {
            for (var t = 0; t < groups; t++)
            {
                rows.Add(Row("municipality_x_target_group", countyOf[m], Municipality(m), TargetGroup(t), numerators[m, t], denominators?[m, t]));
            }

            var (n, d) = Sum((mm, _) => mm == m);
            rows.Add(Row("municipality", countyOf[m], Municipality(m), null, n, d));
        }

        foreach (var county in countyOf.Distinct())
        {
            for (var t = 0; t < groups; t++)
            {
                var (n, d) = Sum((mm, tt) => countyOf[mm] == county && tt == t);
                rows.Add(Row("county_x_target_group", county, null, TargetGroup(t), n, d));
            }

            var (cn, cd) = Sum((mm, _) => countyOf[mm] == county);
            rows.Add(Row("county", county, null, null, cn, cd));
        }

        if (withAll)
        {
            var (an, ad) = Sum((_, _) => true);
            rows.Add(Row("all", null, null, null, an, ad));
        }

        return rows;
    }
}
