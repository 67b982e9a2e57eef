namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>The meters section: change by domain (r12), follow-up loss and coverage with the comparator's values.</summary>
internal sealed record MeterSectionView(
    IReadOnlyList<MeterRowView> Rows,
    ReportValue FollowUpLoss,
    ReportValue FollowUpLossComparator,
    ReportValue Coverage,
    ReportValue CoverageComparator,
    string LossName,
    string CoverageName)
{
    public bool HasRows => Rows.Count > 0;
}
