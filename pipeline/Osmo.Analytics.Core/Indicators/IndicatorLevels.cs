namespace Osmo.Analytics.Indicators;

/// <summary>Level names used in every output (<see cref="IndicatorValue.Level"/>).</summary>
public static class IndicatorLevels
{
    /// <summary>Municipality x target group.</summary>
    public const string MunicipalityXTargetGroup = "municipality_x_target_group";

    /// <summary>Municipality (kunta).</summary>
    public const string Municipality = "municipality";

    /// <summary>Wellbeing county (hyvinvointialue) x target group.</summary>
    public const string CountyXTargetGroup = "county_x_target_group";

    /// <summary>Wellbeing county.</summary>
    public const string County = "county";

    /// <summary>Peer group of municipalities (added by the ML stage, not by <see cref="IndicatorCalculator"/>).</summary>
    public const string PeerGroup = "peer_group";

    /// <summary>Peer group x target group (an extension of the spec's level list, for target-group comparisons).</summary>
    public const string PeerGroupXTargetGroup = "peer_group_x_target_group";

    /// <summary>All data.</summary>
    public const string All = "all";

    /// <summary>The levels <see cref="IndicatorCalculator"/> produces, in output order.</summary>
    /// <remarks>The peer-group levels are produced only when peer groups are on (<see cref="IndicatorInput.PeerGroups"/>).</remarks>
    public static IReadOnlyList<string> Computed { get; } =
        [MunicipalityXTargetGroup, Municipality, CountyXTargetGroup, County, PeerGroupXTargetGroup, PeerGroup, All];
}
