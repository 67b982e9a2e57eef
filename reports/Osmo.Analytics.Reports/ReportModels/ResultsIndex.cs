using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Look-ups over one run's published indicators, built once for all pages of a report set.</summary>
/// <remarks>Rows are keyed by level, the level's own key (municipality code at municipality levels, county code at
/// county levels, none at <c>all</c>), target group, window, period and indicator. <c>peer_group</c> rows are not
/// read: the peer comparison is the median of the peer municipalities' published values (see
/// <see cref="PeerMedian"/>), which needs no peer-group key column.</remarks>
internal sealed class ResultsIndex
{
    private readonly Dictionary<Key, PublishedIndicator> _rows = [];
    private readonly Dictionary<(string Level, string? Own), List<PublishedMeterChange>> _meterChanges = [];
    private readonly Dictionary<string, List<PublishedGroupActivity>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _peersByGroup = new(StringComparer.Ordinal);

    public ResultsIndex(PublishedResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
        Period = new DateOnly(results.Period.Year, results.Period.Month, 1);
        foreach (var row in results.Indicators)
        {
            var own = row.Level switch
            {
                IndicatorLevels.Municipality or IndicatorLevels.MunicipalityXTargetGroup => row.MunicipalityCode,
                IndicatorLevels.County or IndicatorLevels.CountyXTargetGroup => row.WellbeingCounty,
                IndicatorLevels.All => null,
                _ => "\0skip",
            };
            if (own != "\0skip")
            {
                _rows[new Key(row.Level, own, row.TargetGroup, row.Window, row.Period, row.IndicatorId)] = row;
            }
        }

        // The meter and group sections read only the r12 rows of the period: bucketed once here, in table order, instead
        // of a scan of the whole table per page (313 pages x 600,000 meter rows at national scale).
        foreach (var change in results.MeterChanges)
        {
            if (change.Window == IndicatorWindows.Rolling12 && change.Period == Period && change.TargetGroup is null)
            {
                var own = change.Level == IndicatorLevels.Municipality ? change.MunicipalityCode : change.WellbeingCounty;
                Add(_meterChanges, (change.Level, own), change);
            }
        }

        foreach (var group in results.GroupActivities)
        {
            if (group.Window == IndicatorWindows.Rolling12 && group.Period == Period && group.MunicipalityCode is { } code)
            {
                Add(_groups, code, group);
            }
        }

        foreach (var (municipality, group) in results.PeerGroups)
        {
            Add(_peersByGroup, group, municipality);
        }

        MunicipalitiesWithData = results.Indicators
            .Where(r => r.Level == IndicatorLevels.Municipality && r.MunicipalityCode is not null)
            .Select(r => r.MunicipalityCode!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The run's results.</summary>
    public PublishedResults Results { get; }

    /// <summary>First day of the reported month.</summary>
    public DateOnly Period { get; }

    /// <summary>Municipality codes with at least one published municipality-level row.</summary>
    public IReadOnlySet<string> MunicipalitiesWithData { get; }

    /// <summary>The r12 meter-change rows of the period at a scope's level and key (all target groups), in table order.</summary>
    public IReadOnlyList<PublishedMeterChange> R12MeterChanges(ReportScope scope) =>
        _meterChanges.TryGetValue((scope.Level, scope.Key), out var rows) ? rows : [];

    /// <summary>The r12 group-activity rows of the period of one municipality, in table order.</summary>
    public IReadOnlyList<PublishedGroupActivity> R12Groups(string municipalityCode) =>
        _groups.TryGetValue(municipalityCode, out var rows) ? rows : [];

    /// <summary>The r12 value of a scope (or of one of its target groups) at the period.</summary>
    public PublishedIndicator? R12(ReportScope scope, string indicatorId, string? targetGroup = null) =>
        Find(scope, indicatorId, targetGroup, IndicatorWindows.Rolling12, Period);

    /// <summary>The month value of a scope at <paramref name="month"/>.</summary>
    public PublishedIndicator? Month(ReportScope scope, string indicatorId, DateOnly month, string? targetGroup = null) =>
        Find(scope, indicatorId, targetGroup, IndicatorWindows.Month, month);

    /// <summary>The 24 month values ending at the period, oldest first (null where there is no row).</summary>
    public IReadOnlyList<(DateOnly Month, PublishedIndicator? Value)> Trend(ReportScope scope, string indicatorId, string? targetGroup = null)
    {
        var list = new List<(DateOnly, PublishedIndicator?)>(IndicatorWindows.TrendMonths);
        for (var i = IndicatorWindows.TrendMonths - 1; i >= 0; i--)
        {
            var month = Period.AddMonths(-i);
            list.Add((month, Month(scope, indicatorId, month, targetGroup)));
        }

        return list;
    }

    /// <summary>Median of the published r12 values of the other municipalities in <paramref name="municipalityCode"/>'s
    /// peer group; null when peer groups are off or fewer than two peers show a value.</summary>
    /// <remarks>Only published values enter, so the median reveals nothing that is suppressed; a peer whose value is
    /// suppressed or missing is left out, and the count of peers used is returned with the median.</remarks>
    public (double Median, int Peers)? PeerMedian(string municipalityCode, string indicatorId, string? targetGroup)
    {
        if (!Results.PeerGroups.TryGetValue(municipalityCode, out var group))
        {
            return null;
        }

        // The group's members were listed once (not a scan of every municipality per value); the values are sorted,
        // so the members' order does not matter.
        var values = new List<double>();
        foreach (var peer in _peersByGroup[group])
        {
            if (peer != municipalityCode && R12(ReportScope.Municipality(peer), indicatorId, targetGroup)?.Value is { } value)
            {
                values.Add(value);
            }
        }

        values.Sort();
        if (values.Count < 2)
        {
            return null;
        }

        var mid = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        return (median, values.Count);
    }

    private PublishedIndicator? Find(ReportScope scope, string id, string? tg, string window, DateOnly period)
    {
        var level = tg is null ? scope.Level : scope.TargetGroupLevel;
        return level is null ? null : _rows.GetValueOrDefault(new Key(level, scope.Key, tg, window, period, id));
    }

    private static void Add<TKey, TRow>(Dictionary<TKey, List<TRow>> index, TKey key, TRow row)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var rows))
        {
            rows = [];
            index.Add(key, rows);
        }

        rows.Add(row);
    }

    private readonly record struct Key(string Level, string? Own, string? TargetGroup, string Window, DateOnly Period, string Id);
}
