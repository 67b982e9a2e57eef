namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A row of a <see cref="ComparisonTableView"/>.</summary>
/// <param name="Label">Target group name, or the total's label.</param>
/// <param name="IsTotal">The total row of the area.</param>
/// <param name="Value">The area's value.</param>
/// <param name="Comparator">The comparator area's value (the county for a municipality, all data for a county).</param>
/// <param name="Peer">The peer-group median (municipality reports), else no data.</param>
internal sealed record ComparisonRowView(string Label, bool IsTotal, ReportValue Value, ReportValue Comparator, ReportValue Peer);
