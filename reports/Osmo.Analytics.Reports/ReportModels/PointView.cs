namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A low-threshold point active at the period's end (reference data; the name is input text).</summary>
internal sealed record PointView(string Name, string Kind, string Serves, string Hours);
