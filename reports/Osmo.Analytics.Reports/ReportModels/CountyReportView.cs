namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Everything the county template reads; shared member names match <see cref="MunicipalityReportView"/>.</summary>
internal sealed record CountyReportView(
    string Lang,
    string Name,
    string Code,
    string ComparatorName,
    string PeriodLabel,
    string R12Range,
    string YearAgoLabel,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<FlagView> Flags,
    int HighCount,
    int MediumCount,
    int InfoCount,
    IReadOnlyList<LinkView> Municipalities,
    IReadOnlyList<MatrixView> Comparison,
    IReadOnlyList<ComparisonTableView> TargetGroupTables,
    IReadOnlyList<TrendView> Trends,
    MeterSectionView Meters,
    MatrixView GroupMatrix,
    MatrixView StructureMatrix,
    MethodView Method)
{
    public string IndexHref { get; } = ReportLinks.Index;

    public string DataQualityHref { get; } = ReportLinks.DataQuality;

    public bool HasFlags => Flags.Count > 0;

    public bool HasPeerGroup { get; }
}
