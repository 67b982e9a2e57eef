namespace Osmo.Analytics.Ingest;

/// <summary>One column of an export's contract.</summary>
/// <param name="Name">Canonical English snake_case name (<c>case_id</c>).</param>
/// <param name="FinnishAlias">Finnish header alias (<c>asiakkuus_id</c>).</param>
/// <param name="IsRequired">Whether the header must have the column. Conditional columns (<c>closure_reason</c>,
/// <c>cancel_reason</c>, <c>participants</c>) are not required at header level; their rows are checked instead.</param>
public sealed record ColumnSpec(string Name, string FinnishAlias, bool IsRequired);
