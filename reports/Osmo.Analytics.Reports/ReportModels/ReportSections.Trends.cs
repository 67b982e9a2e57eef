using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.Charts;

namespace Osmo.Analytics.Reports.ReportModels;

internal static partial class ReportSections
{
    /// <summary>Trend charts of <see cref="ReportIndicators.Trends"/> for a scope against its comparator.</summary>
    public static IReadOnlyList<TrendView> Trends(ResultsIndex ix, ReportFormatter f, ReportScope scope, string name, ReportScope comparator, string comparatorName) =>
        [.. ReportIndicators.Trends.Select(id => Trend(ix, f, id, "trend-" + id, scope, name, comparator, comparatorName, null))];

    /// <summary>One 24-month chart with its data table.</summary>
    /// <remarks>Counts are drawn without the comparator: a county's count on the same axis would flatten the
    /// municipality's line, and the sizes are not comparable. Rates, shares, days and means are compared.</remarks>
    public static TrendView Trend(ResultsIndex ix, ReportFormatter f, string indicatorId, string chartId, ReportScope scope, string name, ReportScope comparator, string comparatorName, string? targetGroup)
    {
        var def = IndicatorCatalog.Get(indicatorId);
        var compare = def.Unit is IndicatorUnits.Pct or IndicatorUnits.Per1000 or IndicatorUnits.Days or IndicatorUnits.ParticipantsPerSession;
        var main = ix.Trend(scope, indicatorId, targetGroup).Select(p => (p.Month, Value: f.Value(p.Value))).ToList();
        var other = compare
            ? ix.Trend(comparator, indicatorId, targetGroup).Select(p => f.Value(p.Value)).ToList()
            : [.. main.Select(_ => f.NoData())];
        var rows = main.Select((p, i) => new TrendRowView(ReportFormatter.MonthShort(p.Month), p.Value, other[i])).ToList();

        var title = f.Labels.IndicatorName(def);
        var series = new List<ChartSeries> { new(name, [.. main.Select(p => p.Value.Number)]) };
        if (compare)
        {
            series.Add(new ChartSeries(comparatorName, [.. other.Select(v => v.Number)]));
        }

        var shown = main.Where(p => p.Value.Number is not null).ToList();
        var summary = shown.Count == 0
            ? f.Labels.L($"{title}: ei näytettäviä kuukausiarvoja.", $"{title}: inga månadsvärden att visa.", $"{title}: no monthly values to show.")
            : f.Labels.L(
                $"{title}, {name}: {ReportFormatter.MonthShort(main[^1].Month)} {main[^1].Value.Text}; 24 kuukauden vaihteluväli {Lowest(shown)}–{Highest(shown)}. Luvut taulukossa.",
                $"{title}, {name}: {ReportFormatter.MonthShort(main[^1].Month)} {main[^1].Value.Text}; variation under 24 månader {Lowest(shown)}–{Highest(shown)}. Talen i tabellen.",
                $"{title}, {name}: {ReportFormatter.MonthShort(main[^1].Month)} {main[^1].Value.Text}; 24-month range {Lowest(shown)} to {Highest(shown)}. Numbers in the table.");
        var chart = TrendChart.Render(chartId, title + " – " + name, summary, [.. rows.Select(r => r.Month)], series,
            v => f.Indicator(v, def.Unit == IndicatorUnits.YesNo ? IndicatorUnits.Point : def.Unit), def.Unit == IndicatorUnits.Pct);
        return new TrendView(chartId, title, chart, summary, name, compare ? comparatorName : string.Empty, rows);
    }

    private static string Lowest(List<(DateOnly Month, ReportValue Value)> shown) => shown.MinBy(p => p.Value.Number)!.Value.Text;

    private static string Highest(List<(DateOnly Month, ReportValue Value)> shown) => shown.MaxBy(p => p.Value.Number)!.Value.Text;
}
