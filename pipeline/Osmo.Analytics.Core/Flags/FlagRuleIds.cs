namespace Osmo.Analytics.Flags;

/// <summary>Rule ids of the flag catalog (spec/indicators.md, Flags), in catalog order.</summary>
/// <remarks>SG = service gap (palveluaukko), BS = low-threshold blind spot (katvealue), AN = anomaly.</remarks>
public static class FlagRuleIds
{
    /// <summary>Assessments not completed within the month limit.</summary>
    public const string AssessmentLate = "SG_ASSESSMENT_LATE";

    /// <summary>Assessments of special-support-need cases not started within the working-day limit.</summary>
    public const string AssessmentStartLate = "SG_ASSESSMENT_START_LATE";

    /// <summary>Client plans missing.</summary>
    public const string PlanMissing = "SG_PLAN_MISSING";

    /// <summary>Many unplanned closures.</summary>
    public const string UnplannedClosures = "SG_UNPLANNED_CLOSURES";

    /// <summary>Meter follow-ups missing (kato).</summary>
    public const string MeterLoss = "SG_METER_LOSS";

    /// <summary>Group sessions cancelled for no participants.</summary>
    public const string GroupNoParticipants = "SG_GROUP_NO_PARTICIPANTS";

    /// <summary>A target group with many clients and no social rehabilitation decision.</summary>
    public const string NoSocialRehab = "SG_NO_SOCIAL_REHAB";

    /// <summary>No client participation structure in the municipality.</summary>
    public const string NoParticipationStructure = "SG_NO_PARTICIPATION_STRUCTURE";

    /// <summary>People in need but no client in the target group.</summary>
    public const string UnreachedGroup = "BS_UNREACHED_GROUP";

    /// <summary>Reach under half of the county's for the target group.</summary>
    public const string LowReach = "BS_LOW_REACH";

    /// <summary>No low-threshold point and no outreach or low-threshold first contact for a group in need.</summary>
    public const string NoLowThreshold = "BS_NO_LOW_THRESHOLD";

    /// <summary>The municipality's r12 indicator profile is an ML outlier.</summary>
    public const string ProfileOutlier = "AN_PROFILE_OUTLIER";

    /// <summary>Every rule id in catalog order (the order flags of equal severity are listed in).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AssessmentLate, AssessmentStartLate, PlanMissing, UnplannedClosures, MeterLoss, GroupNoParticipants,
        NoSocialRehab, NoParticipationStructure, UnreachedGroup, LowReach, NoLowThreshold, ProfileOutlier,
    ];
}
