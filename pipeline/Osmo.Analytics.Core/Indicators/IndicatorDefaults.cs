namespace Osmo.Analytics.Indicators;

/// <summary>Default values of <see cref="IndicatorOptions"/>.</summary>
/// <remarks>
/// <see cref="AssessmentStartWorkingDays"/> and <see cref="AssessmentDoneMonths"/> are a LOCAL SERVICE STANDARD
/// (paikallinen palvelulupaus), not a statutory deadline: Social Welfare Act § 36 sets the 7-working-day start only
/// for people aged 75+, recipients of the highest care allowance and children in special need, and for working-age
/// adults asks for assessment "without undue delay". Reports must say so; the limits are configuration.
/// </remarks>
public static class IndicatorDefaults
{
    /// <summary>Minimum days from baseline to a follow-up measurement: 60.</summary>
    public const int FollowUpMinDays = 60;

    /// <summary>Age in days after which a baseline without follow-up counts as lost (kato): 180.</summary>
    public const int FollowUpWindowDays = 180;

    /// <summary>Working days after opening by which the assessment should start (local service standard): 7.</summary>
    public const int AssessmentStartWorkingDays = 7;

    /// <summary>Calendar months after opening by which the assessment should be completed (local service standard): 3.</summary>
    public const int AssessmentDoneMonths = 3;

    /// <summary>Minimum days a case has been open at window end to be expected to have a client plan: 30.</summary>
    public const int PlanMinDays = 30;

    /// <summary>Minimum days a client has been active at window end to be expected to have a meter baseline: 30.</summary>
    public const int MeterCoverageMinDays = 30;
}
