namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>The method section: definitions from the catalog, input files, suppression threshold and versions.</summary>
internal sealed record MethodView(
    IReadOnlyList<DefinitionView> Definitions,
    IReadOnlyList<InputFileView> Files,
    string Threshold,
    string SmallMax,
    string RunId,
    string PipelineVersion,
    string CatalogVersion,
    bool HasAttendance,
    bool HasPeerGroups);
