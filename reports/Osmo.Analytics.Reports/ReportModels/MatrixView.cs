namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A table of areas (rows) by indicators (columns): municipalities within a county.</summary>
/// <param name="Caption">Table caption.</param>
/// <param name="Headers">Column headers after the area column.</param>
/// <param name="Rows">Areas, then the total.</param>
internal sealed record MatrixView(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<MatrixRowView> Rows);
