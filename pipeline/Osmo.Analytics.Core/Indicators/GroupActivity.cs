namespace Osmo.Analytics.Indicators;

/// <summary>Activity of one group in one window (table <c>group_activity</c>).
/// Grain: one row per period x window x municipality x group, for groups with at least one planned session in the window.</summary>
/// <param name="Period">First day of the window's end month.</param>
/// <param name="Window"><c>month</c> or <c>r12</c>.</param>
/// <param name="WellbeingCounty">County of the municipality.</param>
/// <param name="MunicipalityCode">The sessions' municipality.</param>
/// <param name="GroupId">Group pseudonym.</param>
/// <param name="GroupName">Free-text name from the latest session of the group (escape it when rendering).</param>
/// <param name="GroupType">Group type code of the latest session.</param>
/// <param name="TargetGroup">Target group of the latest session, null when blank.</param>
/// <param name="SessionsHeld">Held sessions.</param>
/// <param name="SessionsCancelled">Cancelled sessions.</param>
/// <param name="SessionsNoParticipants">Sessions cancelled for <c>no_participants</c>.</param>
/// <param name="SessionsExperienceExpert">Held sessions co-facilitated by an experience expert.</param>
/// <param name="AttendanceMean">Mean head count per held session, null when none was held.</param>
/// <param name="ParticipantsDistinct">Distinct clients in attendance; null when the municipality has no accepted attendance at all.</param>
public sealed record GroupActivity(
    DateOnly Period,
    string Window,
    string WellbeingCounty,
    string MunicipalityCode,
    string GroupId,
    string GroupName,
    string GroupType,
    string? TargetGroup,
    int SessionsHeld,
    int SessionsCancelled,
    int SessionsNoParticipants,
    int SessionsExperienceExpert,
    double? AttendanceMean,
    int? ParticipantsDistinct);
