using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.PeerGroups;

/// <summary>Level names of the pooled peer-group values (<see cref="PeerGroupIndicators"/>).</summary>
public static class PeerGroupLevels
{
    /// <summary>Peer group (spec/indicators.md level <c>peer_group</c>).</summary>
    public const string PeerGroup = IndicatorLevels.PeerGroup;

    /// <summary>Peer group x target group: the comparator of municipality x target group flags (proposed addition).</summary>
    public const string PeerGroupXTargetGroup = IndicatorLevels.PeerGroupXTargetGroup;
}
