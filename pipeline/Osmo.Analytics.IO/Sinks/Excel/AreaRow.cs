using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>One area of the summary and pivot sheets: a wellbeing county, a municipality or all data.</summary>
/// <param name="Level"><see cref="IndicatorLevels.County"/>, <see cref="IndicatorLevels.Municipality"/> or <see cref="IndicatorLevels.All"/>.</param>
/// <param name="County">County code (null for all data).</param>
/// <param name="Municipality">Municipality code at municipality level.</param>
internal sealed record AreaRow(string Level, string? County, string? Municipality)
{
    /// <summary>The level of the area's target-group cells, or null when the area has none.</summary>
    public string? TargetGroupLevel => Level switch
    {
        IndicatorLevels.Municipality => IndicatorLevels.MunicipalityXTargetGroup,
        IndicatorLevels.County => IndicatorLevels.CountyXTargetGroup,
        _ => null,
    };

    /// <summary>Key of the area's total cell of an indicator.</summary>
    public CellKey Total(string indicatorId) => new(Level, County, Municipality, null, indicatorId);

    /// <summary>Key of the area's cell of a target group, or null when the area has none.</summary>
    public CellKey? OfTargetGroup(string targetGroup, string indicatorId) =>
        TargetGroupLevel is { } level ? new CellKey(level, County, Municipality, targetGroup, indicatorId) : null;

    /// <summary>Areas in sheet order: each county (by code) followed by its municipalities (by code), then all data.
    /// An area is listed when the r12 cells of the reported month or the flags name it.</summary>
    public static IReadOnlyList<AreaRow> Order(PublishedResults results, IEnumerable<CellKey> r12Cells)
    {
        var municipalities = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var counties = new SortedSet<string>(StringComparer.Ordinal);
        var hasAll = false;
        foreach (var key in r12Cells)
        {
            switch (key.Level)
            {
                case IndicatorLevels.Municipality or IndicatorLevels.MunicipalityXTargetGroup when key.Municipality is { } code:
                    AddMunicipality(code, key.County);
                    break;
                case IndicatorLevels.County or IndicatorLevels.CountyXTargetGroup when key.County is { } county:
                    counties.Add(county);
                    break;
                case IndicatorLevels.All:
                    hasAll = true;
                    break;
            }
        }

        foreach (var flag in results.Flags)
        {
            AddMunicipality(flag.MunicipalityCode, flag.WellbeingCounty);
        }

        var rows = new List<AreaRow>(municipalities.Count + counties.Count + 1);
        foreach (var county in counties)
        {
            rows.Add(new AreaRow(IndicatorLevels.County, county, null));
            foreach (var (code, c) in municipalities)
            {
                if (string.Equals(c, county, StringComparison.Ordinal))
                {
                    rows.Add(new AreaRow(IndicatorLevels.Municipality, county, code));
                }
            }
        }

        // A municipality whose county is unknown (not in the rows, not in the reference) still gets its row.
        foreach (var (code, c) in municipalities)
        {
            if (c is null)
            {
                rows.Add(new AreaRow(IndicatorLevels.Municipality, null, code));
            }
        }

        if (hasAll)
        {
            rows.Add(new AreaRow(IndicatorLevels.All, null, null));
        }

        return rows;

        void AddMunicipality(string code, string? county)
        {
            county ??= results.Reference.Municipalities.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal))?.WellbeingCounty;
            if (!municipalities.TryGetValue(code, out var known) || known is null)
            {
                municipalities[code] = county;
            }

            if (county is not null)
            {
                counties.Add(county);
            }
        }
    }
}
