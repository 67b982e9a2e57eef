namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A named value (a row of a small two-column table).</summary>
internal sealed record FigureView(string IndicatorId, string Name, ReportValue Value);
