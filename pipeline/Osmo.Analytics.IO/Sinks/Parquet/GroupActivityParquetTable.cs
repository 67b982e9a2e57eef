using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary><c>group_activity.parquet</c>: sessions and attendance per group. Grain: period month x window x group.
/// Written from published (disclosure-controlled) rows only.</summary>
public static class GroupActivityParquetTable
{
    /// <summary>Table name.</summary>
    public const string TableName = "group_activity";

    /// <summary>File name.</summary>
    public const string FileName = "group_activity.parquet";

    private static readonly ParquetTableWriter<PublishedGroupActivity> Writer = new ParquetTableBuilder<PublishedGroupActivity>(TableName)
        .Date("period", r => r.Period, nullable: false, "First day of the month the window ends in.")
        .Utf8("window", r => r.Window, nullable: false, "month or r12.")
        .Utf8("wellbeing_county", r => r.WellbeingCounty, nullable: false, "Wellbeing services county code.")
        .Utf8("municipality_code", r => r.MunicipalityCode, nullable: false, "Municipality code of the sessions, as text.")
        .Utf8("group_id", r => r.GroupId, nullable: false, "Group id (pseudonym) from the export.")
        .Utf8("group_name", r => r.GroupName, nullable: false, "Group name as exported (free text).")
        .Utf8("group_type", r => r.GroupType, nullable: false, "Group type code.")
        .Utf8("target_group", r => r.TargetGroup, nullable: true, "Target group code, null when the sessions name none.")
        .Int32("sessions_held", r => r.SessionsHeld, nullable: false, "Held sessions in the window.")
        .Int32("sessions_cancelled", r => r.SessionsCancelled, nullable: false, "Cancelled sessions in the window.")
        .Int32("sessions_no_participants", r => r.SessionsNoParticipants, nullable: false, "Sessions cancelled for no participants.")
        .Int32("sessions_experience_expert", r => r.SessionsExperienceExpert, nullable: false, "Held sessions co-facilitated by an experience expert.")
        .Double("attendance_mean", r => r.AttendanceMean, nullable: true, "Mean head count per held session; null when suppressed (below 5, or fewer than 5 sessions) or no session was held.")
        .Int32("participants_distinct", r => r.ParticipantsDistinct, nullable: true, "Distinct clients in attendance; null when suppressed (1-4) or when no attendance export was given.")
        .Boolean("attendance_suppressed", r => r.IsAttendanceSuppressed, nullable: false, "True when attendance_mean is hidden by disclosure control.")
        .Boolean("participants_suppressed", r => r.IsParticipantsSuppressed, nullable: false, "True when participants_distinct is hidden by disclosure control.")
        .Build();

    /// <summary>Data dictionary rows of this table.</summary>
    public static IReadOnlyList<DataDictionaryEntry> Describe() => Writer.Describe();

    /// <summary>Writes the table, sorted by period, window, municipality and group.</summary>
    public static Task WriteAsync(string path, IEnumerable<PublishedGroupActivity> rows, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var sorted = rows
            .OrderBy(r => r.Period).ThenBy(r => r.Window, StringComparer.Ordinal).ThenBy(r => r.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(r => r.GroupId, StringComparer.Ordinal);
        return Writer.WriteAsync(path, sorted, metadata.ToKeyValues("published"), cancellationToken);
    }
}
