using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.PeerGroups;

/// <summary>Indicator values pooled over the municipalities of each peer group: the peer-group comparator of the
/// reports and flags.</summary>
/// <remarks>
/// <para>Pooling adds the municipalities' numerators and denominators (shares: 100 x sum / sum; per-1,000 rates:
/// 1000 x sum / sum; means: sum of the sums / sum of n; counts: the sum), for every window, at level
/// <c>peer_group</c> (from municipality rows) and <c>peer_group_x_target_group</c> (from municipality x target
/// group rows). Medians and yes/no facts do not pool and are left out. Shares get a Wilson 95 % interval.</para>
/// <para>Distinct clients are distinct per municipality, so a client active in two municipalities of one group counts
/// twice in the pooled client counts (rare: cases belong to the client's home municipality). Case-based shares pool exactly.</para>
/// <para>Disclosure: these rows must pass disclosure control before publication. <see cref="IndicatorValue"/> has no
/// peer-group key column yet, so <c>IndicatorDisclosure.Suppress</c> cannot take them (their keys would collide);
/// the flag detector applies the primary rule itself before quoting one.</para>
/// </remarks>
public static class PeerGroupIndicators
{
    /// <summary>Pools the municipality and municipality x target group values of <paramref name="result"/>.</summary>
    /// <param name="result">The unsuppressed indicator result.</param>
    /// <param name="peerGroups">Peer group id per municipality code (<see cref="PeerGroupAssignment.Groups"/>).</param>
    /// <returns>Rows ordered by peer group id, level, target group, window (months ascending, then r12) and catalog order.</returns>
    public static IReadOnlyList<PeerGroupIndicatorValue> Compute(IndicatorResult result, IReadOnlyDictionary<string, string> peerGroups)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(peerGroups);
        var order = IndicatorCatalog.All.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sums = new Dictionary<(string Peer, string Level, string TargetGroup, DateOnly Period, string Window, string Indicator), (long Num, long Den, string Unit)>();
        foreach (var v in result.Values)
        {
            if (v.MunicipalityCode is not { } code || !peerGroups.TryGetValue(code, out var peer) || !Pools(v))
            {
                continue;
            }

            var level = v.Level switch
            {
                IndicatorLevels.Municipality => PeerGroupLevels.PeerGroup,
                IndicatorLevels.MunicipalityXTargetGroup => PeerGroupLevels.PeerGroupXTargetGroup,
                _ => null,
            };
            if (level is null)
            {
                continue;
            }

            var key = (peer, level, v.TargetGroup ?? string.Empty, v.Period, v.Window, v.IndicatorId);
            var s = sums.GetValueOrDefault(key, (0, 0, v.Unit));
            sums[key] = (s.Num + (v.Numerator ?? 0), s.Den + (v.Denominator ?? 0), v.Unit);
        }

        return [.. sums
            .OrderBy(e => e.Key.Peer, StringComparer.Ordinal)
            .ThenBy(e => e.Key.Level == PeerGroupLevels.PeerGroup ? 0 : 1)
            .ThenBy(e => e.Key.TargetGroup, StringComparer.Ordinal)
            .ThenBy(e => e.Key.Window == IndicatorWindows.Rolling12 ? 1 : 0)
            .ThenBy(e => e.Key.Period)
            .ThenBy(e => order.GetValueOrDefault(e.Key.Indicator, int.MaxValue))
            .Select(e => new PeerGroupIndicatorValue(e.Key.Peer, Value(e.Key, e.Value)))];
    }

    /// <summary>Whether a value pools by adding numerators and denominators.</summary>
    private static bool Pools(IndicatorValue v) => v.Unit switch
    {
        IndicatorUnits.YesNo or IndicatorUnits.Days or IndicatorUnits.HoursPerWeek or IndicatorUnits.ScorePoints => false,
        _ => v.Numerator is not null,
    };

    private static IndicatorValue Value(
        (string Peer, string Level, string TargetGroup, DateOnly Period, string Window, string Indicator) key, (long Num, long Den, string Unit) s)
    {
        var tg = key.TargetGroup.Length == 0 ? null : key.TargetGroup;
        var isCount = IndicatorCatalog.Find(key.Indicator)?.Denominator is null && s.Unit != IndicatorUnits.ParticipantsPerSession;
        if (isCount)
        {
            return new(key.Period, key.Window, key.Level, null, null, tg, key.Indicator, s.Num, null, s.Num, null, null, s.Unit);
        }

        double? value = s.Den == 0 ? null : s.Unit switch
        {
            IndicatorUnits.Pct => 100.0 * s.Num / s.Den,
            IndicatorUnits.Per1000 => 1000.0 * s.Num / s.Den,
            _ => (double)s.Num / s.Den,
        };
        var ci = s.Unit == IndicatorUnits.Pct ? ConfidenceIntervals.WilsonPct(s.Num, s.Den) : null;
        return new(key.Period, key.Window, key.Level, null, null, tg, key.Indicator, s.Num, s.Den, value, ci?.Low, ci?.High, s.Unit);
    }
}
