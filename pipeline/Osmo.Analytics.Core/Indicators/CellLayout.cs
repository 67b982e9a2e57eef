using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

/// <summary>Dense cell numbering of every level: municipality x target group, municipality, county x target group,
/// county, all, in that (output) order. A record adds to its cells by index; no dictionary in the hot loops.</summary>
/// <remarks>
/// Each level is a grouping of municipalities (identity, county, everything), optionally crossed with the target group.
/// A peer-group level is one more grouping (municipality -> peer group): add its offset block and keys here and its
/// cell to <see cref="CellsOf"/>, nothing else changes. It is left out because <see cref="IndicatorValue"/> has no
/// column for a peer-group key yet.
/// </remarks>
internal sealed class CellLayout
{
    public const int MaxCellsPerRecord = 5;

    private readonly Dictionary<string, int> _municipalityIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _targetGroupIndex = new(StringComparer.Ordinal);
    private readonly int _offMunicipality;
    private readonly int _offCountyXTg;
    private readonly int _offCounty;

    public CellLayout(ReferenceData reference)
    {
        var countyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var counties = new List<string>();
        foreach (var c in reference.Counties)
        {
            if (countyIndex.TryAdd(c.Code, counties.Count))
            {
                counties.Add(c.Code);
            }
        }

        var municipalities = new List<Municipality>();
        foreach (var m in reference.Municipalities)
        {
            if (!_municipalityIndex.TryAdd(m.Code, municipalities.Count))
            {
                continue;
            }

            municipalities.Add(m);
            if (countyIndex.TryAdd(m.WellbeingCounty, counties.Count))
            {
                counties.Add(m.WellbeingCounty);
            }
        }

        foreach (var t in reference.TargetGroups)
        {
            _targetGroupIndex.TryAdd(t.Code, _targetGroupIndex.Count);
        }

        MunicipalityCodes = [.. municipalities.Select(m => m.Code)];
        Population = [.. municipalities.Select(m => m.Population18To64)];
        CountyOf = [.. municipalities.Select(m => countyIndex[m.WellbeingCounty])];
        CountyCodes = [.. counties];
        TargetGroupCodes = [.. _targetGroupIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key)];
        M = MunicipalityCodes.Length;
        T = TargetGroupCodes.Length;
        C = CountyCodes.Length;
        _offMunicipality = M * T;
        _offCountyXTg = _offMunicipality + M;
        _offCounty = _offCountyXTg + (C * T);
        AllCell = _offCounty + C;
        CellCount = AllCell + 1;
    }

    /// <summary>Municipalities, counties and target groups.</summary>
    public int M { get; }

    public int C { get; }

    public int T { get; }

    public string[] MunicipalityCodes { get; }

    public int[] Population { get; }

    public int[] CountyOf { get; }

    public string[] CountyCodes { get; }

    public string[] TargetGroupCodes { get; }

    public int AllCell { get; }

    public int CellCount { get; }

    public int MunicipalityIndex(string code) => _municipalityIndex.GetValueOrDefault(code, -1);

    public int TargetGroupIndex(string? code) => code is null ? -1 : _targetGroupIndex.GetValueOrDefault(code, -1);

    public int MunicipalityCell(int mi) => _offMunicipality + mi;

    public int MunicipalityXTgCell(int mi, int ti) => (mi * T) + ti;

    public int CountyCell(int ci) => _offCounty + ci;

    public int CountyXTgCell(int ci, int ti) => _offCountyXTg + (ci * T) + ti;

    /// <summary>Writes the cells a record of municipality <paramref name="mi"/> and target group <paramref name="ti"/>
    /// (-1: none, so no target-group level) belongs to; returns how many (5, or 3 without a target group).</summary>
    public int CellsOf(int mi, int ti, Span<int> cells)
    {
        var ci = CountyOf[mi];
        var n = 0;
        if (ti >= 0)
        {
            cells[n++] = MunicipalityXTgCell(mi, ti);
        }

        cells[n++] = MunicipalityCell(mi);
        if (ti >= 0)
        {
            cells[n++] = CountyXTgCell(ci, ti);
        }

        cells[n++] = CountyCell(ci);
        cells[n++] = AllCell;
        return n;
    }

    /// <summary>Level name and keys of a cell (county, municipality, target group).</summary>
    public (string Level, string? County, string? Municipality, string? TargetGroup, int Mi, int Ci, int Ti) Describe(int cell)
    {
        if (cell < _offMunicipality)
        {
            var mi = cell / T;
            var ti = cell % T;
            return (IndicatorLevels.MunicipalityXTargetGroup, CountyCodes[CountyOf[mi]], MunicipalityCodes[mi], TargetGroupCodes[ti], mi, CountyOf[mi], ti);
        }

        if (cell < _offCountyXTg)
        {
            var mi = cell - _offMunicipality;
            return (IndicatorLevels.Municipality, CountyCodes[CountyOf[mi]], MunicipalityCodes[mi], null, mi, CountyOf[mi], -1);
        }

        if (cell < _offCounty)
        {
            var ci = (cell - _offCountyXTg) / T;
            var ti = (cell - _offCountyXTg) % T;
            return (IndicatorLevels.CountyXTargetGroup, CountyCodes[ci], null, TargetGroupCodes[ti], -1, ci, ti);
        }

        if (cell < AllCell)
        {
            var ci = cell - _offCounty;
            return (IndicatorLevels.County, CountyCodes[ci], null, null, -1, ci, -1);
        }

        return (IndicatorLevels.All, null, null, null, -1, -1, -1);
    }
}
