using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.PeerGroups;

/// <summary>The peer-group comparators that flags may quote: the shown peer-group rows of the published indicators.</summary>
/// <remarks>The values themselves are computed by <see cref="IndicatorCalculator"/> at the <c>peer_group</c> and
/// <c>peer_group_x_target_group</c> levels (a client once per peer group) and suppressed with the rest of the table
/// (<see cref="IndicatorDisclosure"/>); a suppressed peer-group row is never a comparator.</remarks>
public static class PeerGroupIndicators
{
    /// <summary>The shown peer-group rows of <paramref name="published"/>, with their values from <paramref name="values"/>.</summary>
    /// <param name="values">The computed values.</param>
    /// <param name="published">The published rows made from <paramref name="values"/>, in the same order.</param>
    public static IReadOnlyList<PeerGroupIndicatorValue> Shown(IReadOnlyList<IndicatorValue> values, IReadOnlyList<PublishedIndicator> published)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(published);
        if (values.Count != published.Count)
        {
            throw new ArgumentException("published must be made from values.", nameof(published));
        }

        var shown = new List<PeerGroupIndicatorValue>();
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            if (v.PeerGroup is { } peer && v.Level is IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup && !published[i].IsSuppressed)
            {
                shown.Add(new PeerGroupIndicatorValue(peer, v));
            }
        }

        return shown;
    }
}
