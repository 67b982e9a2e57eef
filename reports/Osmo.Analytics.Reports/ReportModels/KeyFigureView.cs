namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A key figure of the summary: the r12 value and the change from a year earlier.</summary>
/// <param name="IndicatorId">Catalog id (also written into the page as <c>data-indicator</c>).</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Value">The r12 value at the period.</param>
/// <param name="MonthNow">The month value at the period.</param>
/// <param name="MonthYearAgo">The month value twelve months before the period.</param>
/// <param name="Change">Signed change from <paramref name="MonthYearAgo"/> to <paramref name="MonthNow"/>, empty when either is not shown.</param>
/// <param name="Verdict">Better, worse or unchanged in words, empty when there is no change to judge.</param>
internal sealed record KeyFigureView(
    string IndicatorId,
    string Name,
    ReportValue Value,
    ReportValue MonthNow,
    ReportValue MonthYearAgo,
    string Change,
    string Verdict)
{
    public bool HasChange => Change.Length > 0;
}
