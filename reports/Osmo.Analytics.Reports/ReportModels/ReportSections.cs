using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Builds the view of each report section from published results; shared by municipality and county reports.</summary>
internal static partial class ReportSections
{
    /// <summary>The key figures of <paramref name="scope"/>: r12, and the month at the period against the same month a
    /// year earlier.</summary>
    /// <remarks>The run has r12 only at the period, so "a year earlier" cannot be another r12: the change compares the
    /// period month with the same calendar month twelve months before (same season, both published month values). It
    /// is shown only when both months show a number.</remarks>
    public static IReadOnlyList<KeyFigureView> KeyFigures(ResultsIndex ix, ReportFormatter f, ReportScope scope)
    {
        var list = new List<KeyFigureView>();
        foreach (var id in ReportIndicators.KeyFigures)
        {
            var def = IndicatorCatalog.Get(id);
            var now = f.Value(ix.Month(scope, id, ix.Period));
            var ago = f.Value(ix.Month(scope, id, ix.Period.AddMonths(-12)));
            string change = string.Empty, verdict = string.Empty;
            if (now.Number is { } a && ago.Number is { } b)
            {
                change = f.Change(a - b, def.Unit);
                verdict = f.Labels.ChangeVerdict(def.Direction, Math.Round(a - b, 1, MidpointRounding.AwayFromZero));
            }

            list.Add(new KeyFigureView(id, f.Labels.IndicatorName(def), f.Value(ix.R12(scope, id)), now, ago, change, verdict));
        }

        return list;
    }

    /// <summary>Tables of <see cref="ReportIndicators.TargetGroupTables"/> by target group, with the comparator
    /// area and (for a municipality) the peer-group median.</summary>
    public static IReadOnlyList<ComparisonTableView> TargetGroupTables(ResultsIndex ix, ReportFormatter f, ReportScope scope, ReportScope comparator)
    {
        var tables = new List<ComparisonTableView>();
        var groups = ix.Results.Reference.TargetGroups;
        var isMunicipality = scope.Level == IndicatorLevels.Municipality;
        foreach (var id in ReportIndicators.TargetGroupTables)
        {
            var def = IndicatorCatalog.Get(id);
            var rows = new List<ComparisonRowView>(groups.Count + 1);
            foreach (var tg in groups.Select(g => (Code: (string?)g.Code, Name: f.Labels.Name(g))).Append((null, f.Labels.AllTargetGroups)))
            {
                var peer = isMunicipality ? ix.PeerMedian(scope.Key!, id, tg.Code) : null;
                rows.Add(new ComparisonRowView(
                    tg.Name,
                    tg.Code is null,
                    f.Value(ix.R12(scope, id, tg.Code)),
                    f.Value(ix.R12(comparator, id, tg.Code)),
                    peer is { } p ? f.Shown(p.Median, def.Unit) : f.NoData()));
            }

            tables.Add(new ComparisonTableView(id, f.Labels.IndicatorName(def), rows));
        }

        return tables;
    }

    /// <summary>A table of <paramref name="indicatorIds"/> (r12) for each municipality of a county, with the county's total.</summary>
    public static MatrixView MunicipalityMatrix(ResultsIndex ix, ReportFormatter f, string caption, string countyCode, string countyName, IReadOnlyList<string> indicatorIds)
    {
        var rows = new List<MatrixRowView>();
        foreach (var m in MunicipalitiesOf(ix, countyCode))
        {
            var scope = ReportScope.Municipality(m.Code);
            rows.Add(new MatrixRowView(f.Labels.Name(m), ReportLinks.Municipality(m.Code), false, [.. indicatorIds.Select(id => f.Value(ix.R12(scope, id)))]));
        }

        var county = ReportScope.County(countyCode);
        rows.Add(new MatrixRowView(countyName, string.Empty, true, [.. indicatorIds.Select(id => f.Value(ix.R12(county, id)))]));
        return new MatrixView(caption, [.. indicatorIds.Select(id => f.Labels.IndicatorName(IndicatorCatalog.Get(id)))], rows);
    }

    /// <summary>Municipalities of a county that have published results, in reference order.</summary>
    public static IEnumerable<Reference.Municipality> MunicipalitiesOf(ResultsIndex ix, string countyCode) =>
        ix.Results.Reference.Municipalities.Where(m => m.WellbeingCounty == countyCode && ix.MunicipalitiesWithData.Contains(m.Code));

    /// <summary>Figures of <paramref name="ids"/> for a scope (r12).</summary>
    public static IReadOnlyList<FigureView> Figures(ResultsIndex ix, ReportFormatter f, ReportScope scope, IEnumerable<string> ids) =>
        [.. ids.Select(id => new FigureView(id, f.Labels.IndicatorName(IndicatorCatalog.Get(id)), f.Value(ix.R12(scope, id))))];
}
