using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A 24-month trend chart with its data table (the text alternative).</summary>
/// <param name="Id">Unique id within the page (<c>trend-client_plan_pct</c>).</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Chart">Inline SVG made by <see cref="Charts.TrendChart"/>.</param>
/// <param name="Summary">One-sentence text alternative: latest value, and the range over the months.</param>
/// <param name="PrimaryLabel">Name of the main series (the area).</param>
/// <param name="ComparatorLabel">Name of the comparison series, empty when there is none.</param>
/// <param name="Rows">Month rows, oldest first.</param>
internal sealed record TrendView(string Id, string Name, RawHtml Chart, string Summary, string PrimaryLabel, string ComparatorLabel, IReadOnlyList<TrendRowView> Rows)
{
    public bool HasComparator => ComparatorLabel.Length > 0;
}
