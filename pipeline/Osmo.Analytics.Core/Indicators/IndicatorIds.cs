namespace Osmo.Analytics.Indicators;

/// <summary>Indicator ids of the catalog (<see cref="IndicatorCatalog"/>), as constants for code that refers to one.</summary>
public static class IndicatorIds
{
    /// <summary><c>active_clients</c>: Distinct clients with an active case.</summary>
    public const string ActiveClients = "active_clients";

    /// <summary><c>new_cases</c>: Cases opened in the window.</summary>
    public const string NewCases = "new_cases";

    /// <summary><c>closed_cases</c>: Cases closed in the window.</summary>
    public const string ClosedCases = "closed_cases";

    /// <summary><c>clients_per_1000</c>: Active clients per 1,000 residents aged 18-64.</summary>
    public const string ClientsPer1000 = "clients_per_1000";

    /// <summary><c>reach_pct</c>: Active clients / people in need x 100.</summary>
    public const string ReachPct = "reach_pct";

    /// <summary><c>outreach_first_contact_pct</c>: New cases with an outreach or low-threshold first contact, %.</summary>
    public const string OutreachFirstContactPct = "outreach_first_contact_pct";

    /// <summary><c>assessment_start_7wd_pct</c>: Assessment started within the working-day limit, %.</summary>
    public const string AssessmentStart7WdPct = "assessment_start_7wd_pct";

    /// <summary><c>assessment_done_3m_pct</c>: Assessment completed within the month limit, %.</summary>
    public const string AssessmentDone3MPct = "assessment_done_3m_pct";

    /// <summary><c>client_plan_pct</c>: Client plan made, %.</summary>
    public const string ClientPlanPct = "client_plan_pct";

    /// <summary><c>days_to_plan_median</c>: Median days from opening to the first client plan.</summary>
    public const string DaysToPlanMedian = "days_to_plan_median";

    /// <summary><c>unplanned_closure_pct</c>: Unplanned closures, %.</summary>
    public const string UnplannedClosurePct = "unplanned_closure_pct";

    /// <summary><c>social_rehab_decisions</c>: Social rehabilitation decisions.</summary>
    public const string SocialRehabDecisions = "social_rehab_decisions";

    /// <summary><c>social_rehab_decisions_per_1000</c>: Social rehabilitation decisions per 1,000 residents aged 18-64.</summary>
    public const string SocialRehabDecisionsPer1000 = "social_rehab_decisions_per_1000";

    /// <summary><c>experience_expert_pct</c>: Active clients whose case involved an experience expert, %.</summary>
    public const string ExperienceExpertPct = "experience_expert_pct";

    /// <summary><c>participation_3plus_pct</c>: Active clients at participation level 3 or 4, %.</summary>
    public const string Participation3PlusPct = "participation_3plus_pct";

    /// <summary><c>meter_coverage_pct</c>: Clients active 30+ days with a meter baseline, %.</summary>
    public const string MeterCoveragePct = "meter_coverage_pct";

    /// <summary><c>meter_follow_up_loss_pct</c>: Baselines due for follow-up without one, %.</summary>
    public const string MeterFollowUpLossPct = "meter_follow_up_loss_pct";

    /// <summary><c>meter_change_mean</c>: Mean change from baseline, positive = better (meter_changes table).</summary>
    public const string MeterChangeMean = "meter_change_mean";

    /// <summary><c>meter_improved_pct</c>: Clients whose change is positive, % (meter_changes table).</summary>
    public const string MeterImprovedPct = "meter_improved_pct";

    /// <summary><c>groups_active</c>: Distinct groups with a held session.</summary>
    public const string GroupsActive = "groups_active";

    /// <summary><c>group_sessions_held</c>: Held sessions.</summary>
    public const string GroupSessionsHeld = "group_sessions_held";

    /// <summary><c>group_sessions_cancelled</c>: Cancelled sessions.</summary>
    public const string GroupSessionsCancelled = "group_sessions_cancelled";

    /// <summary><c>sessions_no_participants</c>: Sessions cancelled for no participants.</summary>
    public const string SessionsNoParticipants = "sessions_no_participants";

    /// <summary><c>group_participants_distinct</c>: Distinct clients in attendance.</summary>
    public const string GroupParticipantsDistinct = "group_participants_distinct";

    /// <summary><c>group_attendance_mean</c>: Mean head count per held session.</summary>
    public const string GroupAttendanceMean = "group_attendance_mean";

    /// <summary><c>groups_experience_expert_pct</c>: Active groups with an experience expert, %.</summary>
    public const string GroupsExperienceExpertPct = "groups_experience_expert_pct";

    /// <summary><c>sessions_low_threshold_pct</c>: Held sessions at low-threshold or outreach locations, %.</summary>
    public const string SessionsLowThresholdPct = "sessions_low_threshold_pct";

    /// <summary><c>has_client_panel</c>: Client panel (asiakasraati) in the municipality.</summary>
    public const string HasClientPanel = "has_client_panel";

    /// <summary><c>has_developer_clients</c>: Developer-client group (kehittäjäasiakkaat) in the municipality.</summary>
    public const string HasDeveloperClients = "has_developer_clients";

    /// <summary><c>uses_experience_experts</c>: Experience experts used in the municipality.</summary>
    public const string UsesExperienceExperts = "uses_experience_experts";

    /// <summary><c>low_threshold_points</c>: Active low-threshold points serving the target group.</summary>
    public const string LowThresholdPoints = "low_threshold_points";

    /// <summary><c>low_threshold_hours</c>: Opening hours per week of those points.</summary>
    public const string LowThresholdHours = "low_threshold_hours";
}
