namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A county on the index page with links to its municipalities' reports.</summary>
internal sealed record CountyLinksView(LinkView County, IReadOnlyList<LinkView> Municipalities);
