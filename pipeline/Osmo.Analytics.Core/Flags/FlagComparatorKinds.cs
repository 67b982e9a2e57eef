namespace Osmo.Analytics.Flags;

/// <summary>Codes of <see cref="Flag.ComparatorKind"/>.</summary>
public static class FlagComparatorKinds
{
    /// <summary>The wellbeing county (at <c>municipality_x_target_group</c> level: the county's same target group).</summary>
    public const string County = "county";

    /// <summary>The municipality's peer group (pooled over its municipalities).</summary>
    public const string PeerGroup = "peer_group";

    /// <summary>The rule's configured threshold (used when no published comparator exists, and by AN_PROFILE_OUTLIER).</summary>
    public const string Threshold = "threshold";
}
