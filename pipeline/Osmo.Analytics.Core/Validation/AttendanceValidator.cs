using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Validation;

/// <summary>Validates the rows of one group attendance export (osallistumiset) into <see cref="Attendance"/>
/// records or quarantine issues. Stateful over one file: feed its rows in file order, one validator per file.</summary>
/// <remarks>Checks in contract reason order: direct_identifier, duplicate_row, bad_value (missing or malformed id
/// or date), future_date (<c>session_on</c>), orphan_row (no accepted, held session with that <c>group_id</c> and
/// <c>session_on</c>: a cancelled, quarantined or unknown session). Attendance has no key beyond the whole row, so
/// there is no conflicting_key; a repeated row is a duplicate_row.</remarks>
public sealed class AttendanceValidator
{
    private static readonly EntitySchema Schema = EntitySchemas.GroupAttendance;
    private static readonly int GroupId = Schema.IndexOf("group_id");
    private static readonly int SessionOn = Schema.IndexOf("session_on");
    private static readonly int ClientId = Schema.IndexOf("client_id");

    private readonly RowContext _row;
    private readonly IReadOnlySet<SessionKey> _heldSessions;
    private readonly IReadOnlyDictionary<SessionKey, string>? _notHeldSessions;

    /// <summary>Creates a validator for one attendance file.</summary>
    /// <param name="file">File name for issues and the tally (e.g. <c>group_attendance.csv</c>).</param>
    /// <param name="binding">The file's header bound to <see cref="EntitySchemas.GroupAttendance"/>.</param>
    /// <param name="heldSessions">The accepted sessions with status held (<see cref="GroupSessionValidator.HeldSessions"/>).</param>
    /// <param name="options">Validation options.</param>
    /// <param name="header">The header cells, to name unknown columns in details; optional.</param>
    /// <param name="notHeldSessions">Why the sessions the sessions export names are not held
    /// (<see cref="GroupSessionValidator.NotHeldSessions"/>), for orphan details; null when unknown.</param>
    public AttendanceValidator(string file, HeaderBinding binding, IReadOnlySet<SessionKey> heldSessions, ValidationOptions options, IReadOnlyList<string>? header = null,
        IReadOnlyDictionary<SessionKey, string>? notHeldSessions = null)
    {
        ArgumentNullException.ThrowIfNull(heldSessions);
        _row = new RowContext(file, binding, SourceKind.GroupAttendance, options, header);
        _heldSessions = heldSessions;
        _notHeldSessions = notHeldSessions;
    }

    /// <summary>Counts of the rows validated so far.</summary>
    public ValidationTally Tally => _row.Tally;

    /// <summary>Validates the next row of the file.</summary>
    public RowResult<Attendance> Validate(SourceRecord record)
    {
        if (_row.Begin(record) is { } screened)
        {
            return _row.Quarantine<Attendance>(screened);
        }

        var groupId = _row.Id(GroupId, required: true);
        var sessionOn = _row.Date(SessionOn, required: true);
        var clientId = _row.Id(ClientId, required: true);

        if (_row.FirstIssue() is { } issue)
        {
            return _row.Quarantine<Attendance>(issue);
        }

        var key = new SessionKey(groupId!, sessionOn!.Value);
        if (!_heldSessions.Contains(key))
        {
            // Say what became of the session, so the coordinator knows which file to fix.
            var why = _notHeldSessions is null ? string.Empty
                : _notHeldSessions.TryGetValue(key, out var fate) ? ": the session was " + fate
                : ": the sessions export has no such session";
            return _row.Quarantine<Attendance>(_row.Issue(_row.Name(GroupId), QuarantineReason.OrphanRow, string.Create(CultureInfo.InvariantCulture,
                $"group_id {RowContext.Quote(groupId)} on {sessionOn:yyyy-MM-dd} is no accepted held session{why}")));
        }

        return _row.Accept(new Attendance(groupId!, sessionOn.Value, clientId!));
    }
}
