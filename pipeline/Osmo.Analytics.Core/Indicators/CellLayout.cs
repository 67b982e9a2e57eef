using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

/// <summary>Dense cell numbering of every level: municipality x target group, municipality, county x target group,
/// county, peer group x target group, peer group, all, in that (output) order. A record adds to its cells by index; no
/// dictionary in the hot loops.</summary>
/// <remarks>
/// Each level is a grouping of municipalities (identity, county, peer group, everything), optionally crossed with the
/// target group, so a client counts once per cell at every level alike. Peer groups come from the ML stage
/// (<see cref="IndicatorInput.PeerGroups"/>); a municipality without one has no peer cells, and without peer groups
/// the peer blocks are empty.
/// </remarks>
internal sealed class CellLayout
{
    public const int MaxCellsPerRecord = 7;

    private readonly Dictionary<string, int> _municipalityIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _targetGroupIndex = new(StringComparer.Ordinal);
    private readonly int _offMunicipality;
    private readonly int _offCountyXTg;
    private readonly int _offCounty;
    private readonly int _offPeerXTg;
    private readonly int _offPeer;

    public CellLayout(ReferenceData reference, IReadOnlyDictionary<string, string>? peerGroups = null)
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
        PeerCodes = peerGroups is null ? [] : [.. peerGroups.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        PeerOf = [.. MunicipalityCodes.Select(code =>
            peerGroups is not null && peerGroups.TryGetValue(code, out var peer) ? Array.IndexOf(PeerCodes, peer) : -1)];
        M = MunicipalityCodes.Length;
        T = TargetGroupCodes.Length;
        C = CountyCodes.Length;
        P = PeerCodes.Length;
        _offMunicipality = M * T;
        _offCountyXTg = _offMunicipality + M;
        _offCounty = _offCountyXTg + (C * T);
        _offPeerXTg = _offCounty + C;
        _offPeer = _offPeerXTg + (P * T);
        AllCell = _offPeer + P;
        CellCount = AllCell + 1;
    }

    /// <summary>Municipalities, counties and target groups.</summary>
    public int M { get; }

    public int C { get; }

    public int T { get; }

    /// <summary>Peer groups (0 without them).</summary>
    public int P { get; }

    /// <summary>Peer group ids, ordinal order.</summary>
    public string[] PeerCodes { get; }

    /// <summary>Peer group index of each municipality, -1 for none.</summary>
    public int[] PeerOf { get; }

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

    public int PeerCell(int pi) => _offPeer + pi;

    public int PeerXTgCell(int pi, int ti) => _offPeerXTg + (pi * T) + ti;

    /// <summary>Writes the cells a record of municipality <paramref name="mi"/> and target group <paramref name="ti"/>
    /// (-1: none, so no target-group level) belongs to; returns how many (7, or 4 without a target group; without a
    /// peer group 2 fewer, or 1 fewer without a target group).</summary>
    public int CellsOf(int mi, int ti, Span<int> cells)
    {
        var ci = CountyOf[mi];
        var pi = PeerOf[mi];
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
        if (pi >= 0)
        {
            if (ti >= 0)
            {
                cells[n++] = PeerXTgCell(pi, ti);
            }

            cells[n++] = PeerCell(pi);
        }

        cells[n++] = AllCell;
        return n;
    }

    /// <summary>Writes only the target-group cells of municipality <paramref name="mi"/> and target group
    /// <paramref name="ti"/> (municipality, county and peer group x target group); returns how many.</summary>
    public int TargetGroupCellsOf(int mi, int ti, Span<int> cells)
    {
        var n = 0;
        cells[n++] = MunicipalityXTgCell(mi, ti);
        cells[n++] = CountyXTgCell(CountyOf[mi], ti);
        if (PeerOf[mi] >= 0)
        {
            cells[n++] = PeerXTgCell(PeerOf[mi], ti);
        }

        return n;
    }

    /// <summary>Level name and keys of a cell (county, municipality, target group, peer group: a municipality's cells
    /// carry its peer group too).</summary>
    public CellKeys Describe(int cell)
    {
        if (cell < _offMunicipality)
        {
            var mi = cell / T;
            var ti = cell % T;
            return new(IndicatorLevels.MunicipalityXTargetGroup, CountyCodes[CountyOf[mi]], MunicipalityCodes[mi], TargetGroupCodes[ti], PeerCode(PeerOf[mi]), mi, CountyOf[mi], ti);
        }

        if (cell < _offCountyXTg)
        {
            var mi = cell - _offMunicipality;
            return new(IndicatorLevels.Municipality, CountyCodes[CountyOf[mi]], MunicipalityCodes[mi], null, PeerCode(PeerOf[mi]), mi, CountyOf[mi], -1);
        }

        if (cell < _offCounty)
        {
            var ci = (cell - _offCountyXTg) / T;
            var ti = (cell - _offCountyXTg) % T;
            return new(IndicatorLevels.CountyXTargetGroup, CountyCodes[ci], null, TargetGroupCodes[ti], null, -1, ci, ti);
        }

        if (cell < _offPeerXTg)
        {
            var ci = cell - _offCounty;
            return new(IndicatorLevels.County, CountyCodes[ci], null, null, null, -1, ci, -1);
        }

        if (cell < _offPeer)
        {
            var pi = (cell - _offPeerXTg) / T;
            var ti = (cell - _offPeerXTg) % T;
            return new(IndicatorLevels.PeerGroupXTargetGroup, null, null, TargetGroupCodes[ti], PeerCodes[pi], -1, -1, ti);
        }

        if (cell < AllCell)
        {
            return new(IndicatorLevels.PeerGroup, null, null, null, PeerCodes[cell - _offPeer], -1, -1, -1);
        }

        return new(IndicatorLevels.All, null, null, null, null, -1, -1, -1);
    }

    private string? PeerCode(int pi) => pi >= 0 ? PeerCodes[pi] : null;
}
