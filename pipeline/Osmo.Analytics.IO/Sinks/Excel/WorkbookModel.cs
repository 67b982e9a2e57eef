using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>What every sheet needs from <see cref="PublishedResults"/>: names, orders and the r12 cells of the reported
/// month, indexed once.</summary>
internal sealed class WorkbookModel
{
    private readonly Dictionary<string, Municipality> _municipalities;
    private readonly Dictionary<string, string> _countyNames;
    private readonly Dictionary<string, CodeName> _targetGroups;
    private readonly Dictionary<string, int> _targetGroupRank;
    private readonly Dictionary<string, int> _indicatorRank;
    private readonly Dictionary<CellKey, PublishedIndicator> _r12;

    public WorkbookModel(PublishedResults results)
    {
        Results = results;
        var reference = results.Reference;
        _municipalities = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var m in reference.Municipalities)
        {
            _municipalities.TryAdd(m.Code, m);
        }

        _countyNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in reference.Counties)
        {
            _countyNames.TryAdd(c.Code, c.NameFi);
        }

        _targetGroups = new Dictionary<string, CodeName>(StringComparer.Ordinal);
        _targetGroupRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in reference.TargetGroups)
        {
            if (_targetGroups.TryAdd(t.Code, t))
            {
                _targetGroupRank[t.Code] = _targetGroupRank.Count;
            }
        }

        _indicatorRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in IndicatorCatalog.All)
        {
            _indicatorRank.TryAdd(d.Id, _indicatorRank.Count);
        }

        _r12 = [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var extraGroups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in results.Indicators)
        {
            if (p.Period != results.Period || p.Window != IndicatorWindows.Rolling12)
            {
                continue;
            }

            _r12.TryAdd(new CellKey(p.Level, p.WellbeingCounty, p.MunicipalityCode, p.TargetGroup, p.IndicatorId), p);
            ids.Add(p.IndicatorId);
            if (p.TargetGroup is { } tg && !_targetGroups.ContainsKey(tg))
            {
                extraGroups.Add(tg);
            }
        }

        // Target groups the data has but the reference lacks still get a column, after the known ones.
        TargetGroupColumns = [.. reference.TargetGroups.Select(t => t.Code).Distinct(StringComparer.Ordinal), .. extraGroups];
        Areas = AreaRow.Order(results, _r12.Keys);
        R12IndicatorIds = [.. ids.OrderBy(IndicatorRank).ThenBy(id => id, StringComparer.Ordinal)];
    }

    public PublishedResults Results { get; }

    /// <summary>Target group codes in column order (reference order, then unknown codes).</summary>
    public IReadOnlyList<string> TargetGroupColumns { get; }

    /// <summary>Indicator ids with an r12 cell at the reported month, in catalog order (unknown ids last).</summary>
    public IReadOnlyList<string> R12IndicatorIds { get; }

    /// <summary>Areas (counties with their municipalities, then all data) in sheet order.</summary>
    public IReadOnlyList<AreaRow> Areas { get; }

    public string MunicipalityName(string? code) =>
        code is null ? string.Empty : _municipalities.TryGetValue(code, out var m) ? m.NameFi : code;

    public string CountyName(string? code) =>
        code is null ? string.Empty : _countyNames.GetValueOrDefault(code, code);

    public string TargetGroupName(string? code) =>
        code is null ? string.Empty : _targetGroups.TryGetValue(code, out var t) ? t.NameFi : code;

    public int TargetGroupRank(string? code) =>
        code is null ? -1 : _targetGroupRank.TryGetValue(code, out var r) ? r : int.MaxValue;

    public int IndicatorRank(string id) => _indicatorRank.TryGetValue(id, out var r) ? r : int.MaxValue;

    /// <summary>The r12 cell of the reported month, or null when the run has no such row.</summary>
    public PublishedIndicator? R12(CellKey key) => _r12.GetValueOrDefault(key);

    /// <summary>Finnish name of an indicator (the id when it is not in the catalog).</summary>
    public static string IndicatorName(string id) => IndicatorCatalog.Find(id)?.NameFi ?? id;

    /// <summary>Number format of an indicator: its catalog unit, else the row's unit.</summary>
    public static string FormatOf(string id, string rowUnit) => WorkbookFormats.ForUnit(IndicatorCatalog.Find(id)?.Unit ?? rowUnit);

    /// <summary>Whether the catalog publishes the indicator at the level (unknown ids: assume yes).</summary>
    public static bool IsPublishedAt(string id, string level) => IndicatorCatalog.Find(id) is not { } d || d.Levels.Contains(level);
}
