using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>A <see cref="GroupActivity"/> after disclosure control. Grain as <see cref="GroupActivity"/>; created only by
/// <see cref="TableDisclosure"/>.</summary>
/// <remarks>Session counts are counts of meetings, not of people, and are shown. People are protected: distinct
/// participants of 1-4 are hidden, and so is the mean head count when it is below the minimum cell count (a mean
/// of 2.0 says that two people came) or rests on fewer sessions than that.</remarks>
public sealed record PublishedGroupActivity
{
    internal PublishedGroupActivity(GroupActivity source, bool attendanceSuppressed, bool participantsSuppressed)
    {
        Period = source.Period;
        Window = source.Window;
        WellbeingCounty = source.WellbeingCounty;
        MunicipalityCode = source.MunicipalityCode;
        GroupId = source.GroupId;
        GroupName = source.GroupName;
        GroupType = source.GroupType;
        TargetGroup = source.TargetGroup;
        SessionsHeld = source.SessionsHeld;
        SessionsCancelled = source.SessionsCancelled;
        SessionsNoParticipants = source.SessionsNoParticipants;
        SessionsExperienceExpert = source.SessionsExperienceExpert;
        IsAttendanceSuppressed = attendanceSuppressed;
        IsParticipantsSuppressed = participantsSuppressed;
        AttendanceMean = attendanceSuppressed ? null : source.AttendanceMean;
        ParticipantsDistinct = participantsSuppressed ? null : source.ParticipantsDistinct;
    }

    /// <summary>First day of the window's end month.</summary>
    public DateOnly Period { get; }

    /// <summary><c>month</c> or <c>r12</c>.</summary>
    public string Window { get; }

    /// <summary>County code.</summary>
    public string WellbeingCounty { get; }

    /// <summary>Municipality code.</summary>
    public string MunicipalityCode { get; }

    /// <summary>Group id (pseudonym).</summary>
    public string GroupId { get; }

    /// <summary>Group name as exported (free text: escape it when shown).</summary>
    public string GroupName { get; }

    /// <summary>Group type code.</summary>
    public string GroupType { get; }

    /// <summary>Target group code or null.</summary>
    public string? TargetGroup { get; }

    /// <summary>Held sessions.</summary>
    public int SessionsHeld { get; }

    /// <summary>Cancelled sessions.</summary>
    public int SessionsCancelled { get; }

    /// <summary>Sessions cancelled for no participants.</summary>
    public int SessionsNoParticipants { get; }

    /// <summary>Held sessions co-facilitated by an experience expert.</summary>
    public int SessionsExperienceExpert { get; }

    /// <summary>Whether the mean head count is hidden.</summary>
    public bool IsAttendanceSuppressed { get; }

    /// <summary>Whether the distinct participant count is hidden.</summary>
    public bool IsParticipantsSuppressed { get; }

    /// <summary>Mean head count per held session; null when hidden or without held sessions.</summary>
    public double? AttendanceMean { get; }

    /// <summary>Distinct participants from attendance; null when hidden or unknown.</summary>
    public int? ParticipantsDistinct { get; }
}
