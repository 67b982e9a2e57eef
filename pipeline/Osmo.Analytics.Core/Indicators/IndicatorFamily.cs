namespace Osmo.Analytics.Indicators;

/// <summary>The indicator families of the spec, in catalog order. Wire codes via <see cref="IndicatorCatalog.Code(IndicatorFamily)"/>.</summary>
public enum IndicatorFamily
{
    /// <summary>Case process (asiakasprosessi): <c>case_process</c>.</summary>
    CaseProcess = 0,
    /// <summary>Self-assessment meters (mittarit): <c>meters</c>.</summary>
    Meters = 1,
    /// <summary>Group activities (ryhmätoiminnat): <c>group_activities</c>.</summary>
    GroupActivities = 2,
    /// <summary>Client participation structures (osallisuusrakenteet): <c>participation_structures</c>.</summary>
    ParticipationStructures = 3,
    /// <summary>Low-threshold supply (matalan kynnyksen palvelut): <c>low_threshold_supply</c>.</summary>
    LowThresholdSupply = 4,
}
