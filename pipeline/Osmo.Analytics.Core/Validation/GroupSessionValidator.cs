using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Validation;

/// <summary>Validates the rows of one group sessions export (ryhmätoiminnan kokoontumiset) into
/// <see cref="GroupSession"/> records or quarantine issues, and collects the accepted held sessions that attendance
/// rows must point at. Stateful over one file: feed its rows in file order, one validator per file.</summary>
/// <remarks>
/// <para>Checks in contract reason order: direct_identifier, duplicate_row, bad_value (missing or malformed value;
/// <c>participants</c> missing when held, <c>cancel_reason</c> missing when cancelled, <c>participants</c> negative or
/// not an integer), unknown_code (municipality, group type, target group, status, cancel reason, location type),
/// future_date (<c>session_on</c>), conflicting_key (<c>group_id</c> x <c>session_on</c> of an earlier accepted row).</para>
/// <para>Decisions: <c>status</c> outside <c>held</c>/<c>cancelled</c> is <c>unknown_code</c> like every closed code
/// list, and then the conditional requirements are not judged. A held session's <c>cancel_reason</c> and a cancelled
/// session's <c>participants</c> are not required and, when given, are validated and kept as read.</para>
/// </remarks>
public sealed class GroupSessionValidator
{
    private static readonly EntitySchema Schema = EntitySchemas.GroupSessions;
    private static readonly int GroupId = Schema.IndexOf("group_id");
    private static readonly int GroupName = Schema.IndexOf("group_name");
    private static readonly int MunicipalityColumn = Schema.IndexOf("municipality");
    private static readonly int GroupType = Schema.IndexOf("group_type");
    private static readonly int TargetGroup = Schema.IndexOf("target_group");
    private static readonly int SessionOn = Schema.IndexOf("session_on");
    private static readonly int Status = Schema.IndexOf("status");
    private static readonly int CancelReason = Schema.IndexOf("cancel_reason");
    private static readonly int Participants = Schema.IndexOf("participants");
    private static readonly int LocationType = Schema.IndexOf("location_type");
    private static readonly int ExperienceExpert = Schema.IndexOf("experience_expert");

    private readonly RowContext _row;
    private readonly ReferenceData _reference;
    private readonly CodeSet _targetGroups;
    private readonly Dictionary<SessionKey, int> _acceptedLineByKey = [];
    private readonly HashSet<SessionKey> _held = [];
    private readonly Dictionary<SessionKey, string> _notHeld = [];
    private readonly string _file;

    /// <summary>Creates a validator for one group sessions file.</summary>
    /// <param name="file">File name for issues and the tally (e.g. <c>group_sessions.csv</c>).</param>
    /// <param name="binding">The file's header bound to <see cref="EntitySchemas.GroupSessions"/>.</param>
    /// <param name="reference">Reference data (municipalities, target groups).</param>
    /// <param name="options">Validation options.</param>
    /// <param name="header">The header cells, to name unknown columns in details; optional.</param>
    public GroupSessionValidator(string file, HeaderBinding binding, ReferenceData reference, ValidationOptions options, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _row = new RowContext(file, binding, SourceKind.GroupSessions, options, header);
        _file = file;
        _reference = reference;
        _targetGroups = new CodeSet(reference.TargetGroups.Select(t => t.Code));
    }

    /// <summary>Counts of the rows validated so far.</summary>
    public ValidationTally Tally => _row.Tally;

    /// <summary>The accepted sessions with status <c>held</c> so far: pass it to <see cref="AttendanceValidator"/>
    /// once every session row is validated.</summary>
    public IReadOnlySet<SessionKey> HeldSessions => _held;

    /// <summary>Why a session the file names is no accepted held session, by key: <c>cancelled (group_sessions.csv
    /// line 5)</c> or <c>quarantined as unknown_code (group_sessions.csv line 17)</c>. Pass it to
    /// <see cref="AttendanceValidator"/> so that an orphan attendance row says what to fix.</summary>
    /// <remarks>An accepted cancelled row wins over a quarantined one; among quarantined rows the first names the key.
    /// A key that later became an accepted held session stays listed but is never asked for.</remarks>
    public IReadOnlyDictionary<SessionKey, string> NotHeldSessions => _notHeld;

    /// <summary>Validates the next row of the file.</summary>
    public RowResult<GroupSession> Validate(SourceRecord record)
    {
        if (_row.Begin(record) is { } screened)
        {
            NoteQuarantined(_row.Id(GroupId, required: false), _row.Date(SessionOn, required: false), screened);
            return _row.Quarantine<GroupSession>(screened);
        }

        var groupId = _row.Id(GroupId, required: true);
        var groupName = _row.Text(GroupName, required: true);
        var municipality = _row.Municipality(MunicipalityColumn, _reference);
        var groupType = _row.Code(GroupType, ContractCodeSets.GroupTypes, required: true, "group types");
        var targetGroup = _row.Code(TargetGroup, _targetGroups, required: false, "reference target_groups");
        var sessionOn = _row.Date(SessionOn, required: true);
        var status = _row.Code(Status, ContractCodeSets.SessionStatuses, required: true, "session statuses");
        var isHeld = ReferenceEquals(status, ContractCodeSets.Held);
        if (ReferenceEquals(status, ContractCodeSets.Cancelled) && !_row.IsPresent(CancelReason))
        {
            _row.Bad(CancelReason, "required when status is cancelled");
        }

        var cancelReason = _row.Code(CancelReason, ContractCodeSets.CancelReasons, required: false, "cancel reasons");
        if (isHeld && !_row.IsPresent(Participants))
        {
            _row.Bad(Participants, "required when status is held");
        }

        var participants = _row.Count(Participants);
        var locationType = _row.Code(LocationType, ContractCodeSets.LocationTypes, required: false, "location types");
        var experienceExpert = _row.Boolean(ExperienceExpert);

        if (_row.FirstIssue() is { } issue)
        {
            NoteQuarantined(groupId, sessionOn, issue);
            return _row.Quarantine<GroupSession>(issue);
        }

        var key = new SessionKey(groupId!, sessionOn!.Value);
        if (_acceptedLineByKey.TryGetValue(key, out var firstLine))
        {
            return _row.Quarantine<GroupSession>(_row.Issue(_row.Name(GroupId), QuarantineReason.ConflictingKey, string.Create(CultureInfo.InvariantCulture,
                $"group_id {RowContext.Quote(groupId)} on {key.SessionOn:yyyy-MM-dd} is already the key of the accepted row on line {firstLine}")));
        }

        _acceptedLineByKey.Add(key, record.Line);
        if (isHeld)
        {
            _held.Add(key);
        }
        else
        {
            _notHeld[key] = string.Create(CultureInfo.InvariantCulture, $"cancelled ({_file} line {record.Line})");
        }

        return _row.Accept(new GroupSession(groupId!, groupName!, municipality!, groupType!, targetGroup, key.SessionOn, isHeld,
            cancelReason, participants, locationType, experienceExpert));
    }

    /// <summary>Remembers why a quarantined row's session, when its key could be read, is not held.</summary>
    private void NoteQuarantined(string? groupId, DateOnly? sessionOn, RowIssue issue)
    {
        if (groupId is not null && sessionOn is { } day)
        {
            _notHeld.TryAdd(new SessionKey(groupId, day), string.Create(CultureInfo.InvariantCulture,
                $"quarantined as {issue.Reason.Code()} ({_file} line {issue.Line})"));
        }
    }
}
