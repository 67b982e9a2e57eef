namespace Osmo.Analytics.Indicators;

/// <summary>What <see cref="IndicatorCalculator.Compute"/> returns.</summary>
/// <param name="Period">First day of the period month.</param>
/// <param name="CatalogVersion"><see cref="IndicatorCatalog.Version"/>.</param>
/// <param name="Values">Indicator values (table <c>indicators</c>), ordered by level, level keys, window (months ascending, then r12) and catalog order.</param>
/// <param name="MeterChanges">Meter changes (table <c>meter_changes</c>), same ordering plus meter and domain in reference order.</param>
/// <param name="GroupActivities">Group activity (table <c>group_activity</c>), ordered by municipality, group id and window.</param>
public sealed record IndicatorResult(
    DateOnly Period,
    string CatalogVersion,
    IReadOnlyList<IndicatorValue> Values,
    IReadOnlyList<MeterChange> MeterChanges,
    IReadOnlyList<GroupActivity> GroupActivities);
