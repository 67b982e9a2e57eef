using System.Collections.Frozen;

namespace Osmo.Analytics.Disclosure;

/// <summary>Which indicators add up over months: their <c>r12</c> count is the sum of the 12 <c>month</c> counts,
/// so months within the year form a table with a total that secondary suppression must protect.</summary>
/// <remarks>
/// Flows (events dated in the window) add up; stocks and distinct counts do not: a client active in March and in
/// April is one active client in r12, not two. Listed (spec/indicators.md ids):
/// <list type="bullet">
/// <item>Counts of events: <c>new_cases</c>, <c>closed_cases</c>, <c>social_rehab_decisions</c>,
/// <c>group_sessions_held</c>, <c>group_sessions_cancelled</c>, <c>sessions_no_participants</c>.</item>
/// <item>Shares whose numerator and denominator are events of the window: <c>outreach_first_contact_pct</c> and
/// <c>assessment_start_7wd_pct</c> (new cases), <c>assessment_done_3m_pct</c> (the shifted opening cohort),
/// <c>unplanned_closure_pct</c> (closed cases), <c>sessions_low_threshold_pct</c> (held sessions).</item>
/// <item>Means and medians whose n is events of the window: <c>days_to_plan_median</c> (plans made),
/// <c>group_attendance_mean</c> (held sessions). Only n is protected; a median is not additive but its n is.</item>
/// </list>
/// Not listed, because they do not add over months: <c>active_clients</c>, <c>groups_active</c>,
/// <c>group_participants_distinct</c> (distinct counts), <c>client_plan_pct</c> (a stock at window end), the meter
/// indicators (cumulative or per client), the per-1,000 rates (the population is not a flow) and reference facts.
/// Listing a stock here would only cost information (extra suppression), never leak; leaving a flow out would leak.
/// When the catalog lands, pass its "additive over months" column to
/// <see cref="IndicatorDisclosure.Suppress(IReadOnlyList{Indicators.IndicatorValue}, DisclosureOptions, Func{Indicators.IndicatorValue, IndicatorMeasure}, Func{string, bool})"/>.
/// </remarks>
public static class MonthAdditivity
{
    private static readonly FrozenSet<string> AdditiveIds = FrozenSet.Create(
        StringComparer.Ordinal,
        "new_cases",
        "closed_cases",
        "social_rehab_decisions",
        "group_sessions_held",
        "group_sessions_cancelled",
        "sessions_no_participants",
        "outreach_first_contact_pct",
        "assessment_start_7wd_pct",
        "assessment_done_3m_pct",
        "unplanned_closure_pct",
        "sessions_low_threshold_pct",
        "days_to_plan_median",
        "group_attendance_mean");

    /// <summary>Whether the indicator's r12 counts are the sums of its 12 monthly counts (the list in the remarks).</summary>
    public static bool IsAdditiveOverMonths(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        return AdditiveIds.Contains(indicatorId);
    }
}
