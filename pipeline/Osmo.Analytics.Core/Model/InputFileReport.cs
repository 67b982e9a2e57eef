namespace Osmo.Analytics.Model;

/// <summary>What happened to one input file. Grain: one row per export or reference file read.</summary>
/// <param name="File">Name as listed for reconciliation: <c>cases.csv</c>, or <c>reference/municipalities.csv</c>.</param>
/// <param name="Kind">Export kind (<c>cases</c>, <c>meters</c>, <c>group_sessions</c>, <c>group_attendance</c>) or <c>reference</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Bytes">File size in bytes.</param>
/// <param name="Encoding"><c>utf-8</c>, <c>utf-8-bom</c>, <c>windows-1252</c> or <c>xlsx</c>.</param>
/// <param name="Delimiter"><c>;</c>, <c>,</c> or <c>tab</c>; null for XLSX.</param>
/// <param name="RowsRead">Data rows read (blank lines not counted).</param>
/// <param name="RowsAccepted">Rows that passed validation.</param>
/// <param name="RowsQuarantined">Rows quarantined; <c>RowsRead = RowsAccepted + RowsQuarantined</c>.</param>
/// <param name="QuarantinedByReason">Every reason code in contract order with its count (zeros included).</param>
/// <param name="UnknownColumns">Header columns that matched no contract column (ignored).</param>
/// <param name="Source">For reference files: <c>default</c> (shipped) or <c>override</c> (the user's folder); null for exports.</param>
/// <param name="Error">Why the whole file was rejected (missing required column, unreadable), else null.</param>
public sealed record InputFileReport(
    string File,
    string Kind,
    string Sha256,
    long Bytes,
    string? Encoding,
    string? Delimiter,
    long RowsRead,
    long RowsAccepted,
    long RowsQuarantined,
    IReadOnlyDictionary<string, long> QuarantinedByReason,
    IReadOnlyList<string> UnknownColumns,
    string? Error,
    string? Source = null);
