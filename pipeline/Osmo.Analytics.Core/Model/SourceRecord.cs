namespace Osmo.Analytics.Model;

/// <summary>One data record of an input file as read: cells as text in file column order.</summary>
/// <param name="Line">Physical line where the record starts (header = line 1), or the worksheet row number.</param>
/// <param name="Cells">Cell texts in the file's column order. XLSX date cells arrive as ISO <c>yyyy-MM-dd</c>,
/// numbers in invariant culture, booleans as <c>true</c>/<c>false</c>. Missing trailing cells are empty strings.</param>
/// <param name="Malformed">Null for a well-formed record; otherwise what is structurally wrong with it
/// (unterminated quote, more cells than the header). Validation quarantines such a record as <c>bad_value</c>
/// (after the identifier and duplicate checks, which still see its cells).</param>
public sealed record SourceRecord(int Line, string[] Cells, string? Malformed = null);
