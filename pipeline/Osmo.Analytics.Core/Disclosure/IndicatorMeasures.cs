using System.Collections.Frozen;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>Tells which <see cref="IndicatorMeasure"/> an indicator value is, until the indicator catalog says so.</summary>
/// <remarks>
/// The rule, first match wins (spec/indicators.md ids):
/// <list type="number">
/// <item>The id is a reference-file fact (<c>has_client_panel</c>, <c>has_developer_clients</c>,
/// <c>uses_experience_experts</c>, <c>low_threshold_points</c>, <c>low_threshold_hours</c>), or a count of groups or
/// sessions (<c>groups_active</c>, <c>group_sessions_held</c>, <c>group_sessions_cancelled</c>,
/// <c>sessions_no_participants</c>, <c>groups_experience_expert_pct</c>, <c>sessions_low_threshold_pct</c>: meetings and
/// groups, not people, and published group by group in <c>group_activity</c> anyway):
/// <see cref="IndicatorMeasure.ReferenceFact"/>, never suppressed.</item>
/// <item>The unit is <c>mean</c> or <c>median</c> (or starts with <c>mean_</c>/<c>median_</c>), or the id ends in
/// <c>_mean</c> or <c>_median</c> (<c>meter_change_mean</c>, <c>group_attendance_mean</c>,
/// <c>days_to_plan_median</c>): <see cref="IndicatorMeasure.Mean"/>, with n in the denominator.</item>
/// <item>No denominator: <see cref="IndicatorMeasure.Count"/> (the count is the numerator).</item>
/// <item>Otherwise: <see cref="IndicatorMeasure.Share"/> (percentages and per-1,000 rates alike).</item>
/// </list>
/// When the catalog lands, pass its look-up to <see cref="IndicatorDisclosure.Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions, Func{IndicatorValue, IndicatorMeasure})"/>
/// instead of <see cref="Classify"/>.
/// </remarks>
public static class IndicatorMeasures
{
    private static readonly FrozenSet<string> ReferenceFactIds = FrozenSet.Create(
        StringComparer.Ordinal,
        "has_client_panel",
        "has_developer_clients",
        "uses_experience_experts",
        "low_threshold_points",
        "low_threshold_hours",
        "groups_active",
        "group_sessions_held",
        "group_sessions_cancelled",
        "sessions_no_participants",
        "groups_experience_expert_pct",
        "sessions_low_threshold_pct");

    /// <summary>Classifies one value by the rule in the remarks.</summary>
    public static IndicatorMeasure Classify(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ReferenceFactIds.Contains(value.IndicatorId))
        {
            return IndicatorMeasure.ReferenceFact;
        }

        if (IsMeanUnit(value.Unit)
            || value.IndicatorId.EndsWith("_mean", StringComparison.Ordinal)
            || value.IndicatorId.EndsWith("_median", StringComparison.Ordinal))
        {
            return IndicatorMeasure.Mean;
        }

        return value.Denominator is null ? IndicatorMeasure.Count : IndicatorMeasure.Share;
    }

    private static bool IsMeanUnit(string unit) =>
        unit.Equals("mean", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("median", StringComparison.OrdinalIgnoreCase)
        || unit.StartsWith("mean_", StringComparison.OrdinalIgnoreCase)
        || unit.StartsWith("median_", StringComparison.OrdinalIgnoreCase);
}
