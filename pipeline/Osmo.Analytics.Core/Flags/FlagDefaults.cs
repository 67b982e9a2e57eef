namespace Osmo.Analytics.Flags;

/// <summary>Default thresholds of <see cref="FlagOptions"/> (spec/indicators.md, flag table).</summary>
public static class FlagDefaults
{
    /// <summary>Smallest denominator an SG share rule may judge: 10.</summary>
    public const int MinN = 10;

    /// <summary>SG_ASSESSMENT_LATE: assessment_done_3m_pct below 80 %.</summary>
    public const double AssessmentLateBelow = 80;

    /// <summary>SG_ASSESSMENT_LATE is high below 60 %.</summary>
    public const double AssessmentLateHighBelow = 60;

    /// <summary>SG_ASSESSMENT_START_LATE: assessment_start_7wd_pct below 90 %.</summary>
    public const double AssessmentStartLateBelow = 90;

    /// <summary>SG_ASSESSMENT_START_LATE is high below 70 %.</summary>
    public const double AssessmentStartLateHighBelow = 70;

    /// <summary>SG_PLAN_MISSING: client_plan_pct below 70 %.</summary>
    public const double PlanMissingBelow = 70;

    /// <summary>SG_PLAN_MISSING is high below 50 %.</summary>
    public const double PlanMissingHighBelow = 50;

    /// <summary>SG_UNPLANNED_CLOSURES: unplanned_closure_pct above 30 %.</summary>
    public const double UnplannedClosuresAbove = 30;

    /// <summary>SG_UNPLANNED_CLOSURES: or at least 10 percentage points above the county.</summary>
    public const double UnplannedClosuresCountyGap = 10;

    /// <summary>SG_UNPLANNED_CLOSURES: with a pooled two-proportion z of at least 1.96.</summary>
    public const double UnplannedClosuresMinZ = 1.96;

    /// <summary>SG_METER_LOSS: meter_follow_up_loss_pct above 50 %.</summary>
    public const double MeterLossAbove = 50;

    /// <summary>SG_METER_LOSS is high above 70 %.</summary>
    public const double MeterLossHighAbove = 70;

    /// <summary>SG_GROUP_NO_PARTICIPANTS: at least 3 sessions of a group cancelled for no participants in r12.</summary>
    public const int GroupNoParticipantsMinCancelled = 3;

    /// <summary>SG_GROUP_NO_PARTICIPANTS: or every session of the last 3 months (the period month and the two before).</summary>
    public const int GroupNoParticipantsRecentMonths = 3;

    /// <summary>SG_NO_SOCIAL_REHAB: at least 20 active clients in the target group.</summary>
    public const int NoSocialRehabMinActiveClients = 20;

    /// <summary>BS_* rules: at least 20 people in need in the target group.</summary>
    public const int BlindSpotMinPeopleInNeed = 20;

    /// <summary>SG share rules at municipality x target group level also need the 95 % interval beyond the threshold: true.</summary>
    public const bool TargetGroupRequiresInterval = true;

    /// <summary>BS_LOW_REACH: reach below 0.5 times the county's reach of the group.</summary>
    public const double LowReachRatio = 0.5;
}
