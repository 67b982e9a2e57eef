namespace Osmo.Analytics.Model;

/// <summary>The kinds of export file the pipeline reads, in the order they are validated.</summary>
public enum SourceKind
{
    /// <summary><c>cases.*</c>: one row per client case.</summary>
    Cases,
    /// <summary><c>meters.*</c>: one row per domain score of one measurement.</summary>
    Meters,
    /// <summary><c>group_sessions.*</c>: one row per planned group session.</summary>
    GroupSessions,
    /// <summary><c>group_attendance.*</c>: one row per client per held session (optional file).</summary>
    GroupAttendance,
}
