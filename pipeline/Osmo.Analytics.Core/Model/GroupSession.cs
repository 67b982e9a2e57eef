namespace Osmo.Analytics.Model;

/// <summary>A validated planned group session. Grain: one row per <c>group_id</c> x <c>session_on</c>.</summary>
public sealed record GroupSession(
    string GroupId,
    string GroupName,
    string MunicipalityCode,
    string GroupType,
    string? TargetGroup,
    DateOnly SessionOn,
    bool IsHeld,
    string? CancelReason,
    int? Participants,
    string? LocationType,
    bool? ExperienceExpert);
