namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>The index page: every county report with its municipalities' reports.</summary>
internal sealed record IndexView(string Lang, string PeriodLabel, string R12Range, string RunId, IReadOnlyList<CountyLinksView> Counties)
{
    public string DataQualityHref { get; } = ReportLinks.DataQuality;
}
