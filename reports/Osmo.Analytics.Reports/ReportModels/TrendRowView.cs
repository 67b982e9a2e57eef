namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A month of a <see cref="TrendView"/>'s data table.</summary>
internal sealed record TrendRowView(string Month, ReportValue Value, ReportValue Comparator);
