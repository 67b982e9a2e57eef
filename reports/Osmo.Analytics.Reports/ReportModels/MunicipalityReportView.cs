namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Everything the municipality template reads (members reach the template in snake_case).</summary>
/// <remarks>Member names shared with <see cref="CountyReportView"/> are the same, so the shared partials serve both.</remarks>
internal sealed record MunicipalityReportView(
    string Lang,
    string Name,
    string Code,
    string ComparatorName,
    string ComparatorHref,
    string PeriodLabel,
    string R12Range,
    string YearAgoLabel,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<FlagView> Flags,
    int HighCount,
    int MediumCount,
    int InfoCount,
    IReadOnlyList<ComparisonTableView> TargetGroupTables,
    bool HasPeerGroup,
    IReadOnlyList<TrendView> Trends,
    MeterSectionView Meters,
    IReadOnlyList<FigureView> GroupFigures,
    IReadOnlyList<GroupRowView> Groups,
    IReadOnlyList<FigureView> Structures,
    IReadOnlyList<PointView> Points,
    MethodView Method)
{
    public string IndexHref { get; } = ReportLinks.Index;

    public string DataQualityHref { get; } = ReportLinks.DataQuality;

    public bool HasFlags => Flags.Count > 0;
}
