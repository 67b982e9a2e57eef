namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>One indicator by target group, with the comparators (county or all data, and the peer group).</summary>
/// <param name="IndicatorId">Catalog id.</param>
/// <param name="Caption">Table caption: the indicator's name and window.</param>
/// <param name="Rows">Target groups, then the total row.</param>
internal sealed record ComparisonTableView(string IndicatorId, string Caption, IReadOnlyList<ComparisonRowView> Rows);
