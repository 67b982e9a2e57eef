namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A row of a <see cref="MatrixView"/>: an area with a link to its report (empty for the total).</summary>
internal sealed record MatrixRowView(string Name, string Href, bool IsTotal, IReadOnlyList<ReportValue> Values)
{
    public bool HasLink => Href.Length > 0;
}
