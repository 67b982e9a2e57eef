using System.Collections.Immutable;

namespace Osmo.Analytics.Model;

/// <summary>A validated client case (asiakkuus). Grain: one row per <c>case_id</c> of the cases export.</summary>
/// <remarks>Codes are reference codes (municipality is the 3-digit Statistics Finland code, e.g. <c>005</c>).</remarks>
public sealed record ClientCase(
    string CaseId,
    string ClientId,
    string MunicipalityCode,
    string TargetGroup,
    string? AgeBand,
    DateOnly OpenedOn,
    string FirstContactChannel,
    bool? SpecialSupportNeed,
    DateOnly? AssessmentStartedOn,
    DateOnly? AssessmentCompletedOn,
    DateOnly? ClientPlanOn,
    DateOnly? SocialRehabDecidedOn,
    ImmutableArray<string> Services,
    bool? ExperienceExpert,
    int? ParticipationLevel,
    DateOnly? ClosedOn,
    string? ClosureReason);
