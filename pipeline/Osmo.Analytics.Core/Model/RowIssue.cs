namespace Osmo.Analytics.Model;

/// <summary>One quarantined row: where it is, why, and the row with direct identifiers masked.</summary>
/// <param name="File">Input file name as listed in the manifest (e.g. <c>cases.csv</c>).</param>
/// <param name="Line">Physical line where the record starts (header = line 1); worksheet row number in XLSX.</param>
/// <param name="Column">Canonical column name the reason is about, or null when it is about the whole row.</param>
/// <param name="Reason">The first applicable reason in contract order.</param>
/// <param name="Detail">Human-readable explanation. Never contains a direct identifier.</param>
/// <param name="RowMasked">The raw cells joined with <c>;</c>, every direct identifier masked.</param>
public sealed record RowIssue(string File, int Line, string? Column, QuarantineReason Reason, string Detail, string RowMasked);
