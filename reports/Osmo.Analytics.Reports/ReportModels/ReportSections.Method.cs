using System.Globalization;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

internal static partial class ReportSections
{
    /// <summary>The method section: every catalog definition, the export files' row counts, threshold and versions.</summary>
    public static MethodView Method(ResultsIndex ix, ReportFormatter f)
    {
        var r = ix.Results;
        var definitions = IndicatorCatalog.All
            .Select(d => new DefinitionView(d.Id, f.Labels.IndicatorName(d), f.Labels.IndicatorDefinition(d), f.Labels.Direction(d.Direction), string.Join(", ", d.SourceFiles)))
            .ToList();
        var files = r.Inputs
            .Where(i => i.Kind != "reference")
            .Select(i => new InputFileView(i.File, f.Count(i.RowsRead), f.Count(i.RowsAccepted), f.Count(i.RowsQuarantined), i.Error is not null))
            .ToList();
        return new MethodView(
            definitions,
            files,
            r.MinimumCellCount.ToString(CultureInfo.InvariantCulture),
            (r.MinimumCellCount - 1).ToString(CultureInfo.InvariantCulture),
            r.RunId,
            r.PipelineVersion,
            r.CatalogVersion,
            r.HasAttendance,
            r.PeerGroups.Count > 0);
    }
}
