namespace Osmo.Analytics.Indicators;

/// <summary>Integer counters kept per cell and window by <see cref="IndicatorAccumulator"/>.</summary>
internal enum CounterSlot
{
    ActiveClients,
    ExperienceExpertClients,
    LevelKnownClients,
    Level34Clients,
    CoverageDenominator,
    CoverageNumerator,
    NewCases,
    ClosedCases,
    OutreachNewCases,
    SpecialNeedNewCases,
    SpecialNeedStartedInTime,
    AssessmentCohort,
    AssessmentDoneInTime,
    PlanDenominator,
    PlanNumerator,
    UnplannedClosures,
    SocialRehabDecisions,
    LossDenominator,
    LossNumerator,
    GroupsActive,
    GroupsExperienceExpert,
    SessionsHeld,
    SessionsCancelled,
    SessionsNoParticipants,
    SessionsLowThreshold,
    ParticipantsDistinct,
    Points,
    Count,
}
