namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>An export file and what became of its rows (the data-quality summary of the method section).</summary>
internal sealed record InputFileView(string File, string Read, string Accepted, string Quarantined, bool IsRejected);
