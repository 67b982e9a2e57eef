using System.Collections.Immutable;
using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Validation;

/// <summary>Validates the rows of one cases export (asiakkuudet) into <see cref="ClientCase"/> records or
/// quarantine issues. Stateful over one file: feed its rows in file order, one validator per file.</summary>
/// <remarks>
/// <para>Checks in contract reason order: direct_identifier (every cell), duplicate_row, bad_value (missing
/// required value; malformed id, date, boolean, age band, participation level 1-4), unknown_code (municipality,
/// target group, first contact channel, any <c>|</c>-separated service, closure reason), future_date (any of the six
/// dates), date_order (<c>closed_on &lt; opened_on</c>, <c>assessment_completed_on &lt; assessment_started_on</c>),
/// closure_mismatch (<c>closure_reason</c> present iff <c>closed_on</c>), conflicting_key (<c>case_id</c> of an earlier
/// accepted row).</para>
/// <para>Codes match case-insensitively and come out as the reference's own instances. Blank entries of
/// <c>services</c> are ignored and repeated ones kept once, in first-seen order.</para>
/// </remarks>
public sealed class CaseValidator
{
    private static readonly EntitySchema Schema = EntitySchemas.Cases;
    private static readonly int CaseId = Schema.IndexOf("case_id");
    private static readonly int ClientId = Schema.IndexOf("client_id");
    private static readonly int MunicipalityColumn = Schema.IndexOf("municipality");
    private static readonly int TargetGroup = Schema.IndexOf("target_group");
    private static readonly int AgeBand = Schema.IndexOf("age_band");
    private static readonly int OpenedOn = Schema.IndexOf("opened_on");
    private static readonly int Channel = Schema.IndexOf("first_contact_channel");
    private static readonly int SpecialSupportNeed = Schema.IndexOf("special_support_need");
    private static readonly int AssessmentStartedOn = Schema.IndexOf("assessment_started_on");
    private static readonly int AssessmentCompletedOn = Schema.IndexOf("assessment_completed_on");
    private static readonly int ClientPlanOn = Schema.IndexOf("client_plan_on");
    private static readonly int SocialRehabDecidedOn = Schema.IndexOf("social_rehab_decided_on");
    private static readonly int Services = Schema.IndexOf("services");
    private static readonly int ExperienceExpert = Schema.IndexOf("experience_expert");
    private static readonly int ParticipationLevel = Schema.IndexOf("participation_level");
    private static readonly int ClosedOn = Schema.IndexOf("closed_on");
    private static readonly int ClosureReason = Schema.IndexOf("closure_reason");

    private readonly RowContext _row;
    private readonly ReferenceData _reference;
    private readonly CodeSet _targetGroups;
    private readonly CodeSet _services;
    private readonly Dictionary<string, int> _acceptedLineByCaseId = new(StringComparer.Ordinal);

    // Services cell text -> its codes, for cells whose every code is known. A file has a few hundred combinations at
    // most, so a million cases share a few hundred arrays instead of holding one each; the cap only guards against junk.
    private readonly Dictionary<string, ImmutableArray<string>> _servicesByCell = new(StringComparer.Ordinal);
    private const int ServicesCacheLimit = 10_000;

    /// <summary>Creates a validator for one cases file.</summary>
    /// <param name="file">File name for issues and the tally (e.g. <c>cases.csv</c>).</param>
    /// <param name="binding">The file's header bound to <see cref="EntitySchemas.Cases"/>.</param>
    /// <param name="reference">Reference data (municipalities, target groups, services).</param>
    /// <param name="options">Validation options.</param>
    /// <param name="header">The header cells, to name unknown columns in details; optional.</param>
    public CaseValidator(string file, HeaderBinding binding, ReferenceData reference, ValidationOptions options, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _row = new RowContext(file, binding, SourceKind.Cases, options, header);
        _reference = reference;
        _targetGroups = new CodeSet(reference.TargetGroups.Select(t => t.Code));
        _services = new CodeSet(reference.Services.Select(s => s.Code));
    }

    /// <summary>Counts of the rows validated so far.</summary>
    public ValidationTally Tally => _row.Tally;

    /// <summary>Validates the next row of the file.</summary>
    public RowResult<ClientCase> Validate(SourceRecord record)
    {
        if (_row.Begin(record) is { } screened)
        {
            return _row.Quarantine<ClientCase>(screened);
        }

        var caseId = _row.Id(CaseId, required: true);
        var clientId = _row.Id(ClientId, required: true);
        var municipality = _row.Municipality(MunicipalityColumn, _reference);
        var targetGroup = _row.Code(TargetGroup, _targetGroups, required: true, "reference target_groups");
        var ageBand = _row.Choice(AgeBand, ContractCodeSets.AgeBands, "an age band");
        var openedOn = _row.Date(OpenedOn, required: true);
        var channel = _row.Code(Channel, ContractCodeSets.Channels, required: true, "first contact channels");
        var specialSupportNeed = _row.Boolean(SpecialSupportNeed);
        var assessmentStartedOn = _row.Date(AssessmentStartedOn, required: false);
        var assessmentCompletedOn = _row.Date(AssessmentCompletedOn, required: false);
        var clientPlanOn = _row.Date(ClientPlanOn, required: false);
        var socialRehabDecidedOn = _row.Date(SocialRehabDecidedOn, required: false);
        var services = ReadServices();
        var experienceExpert = _row.Boolean(ExperienceExpert);
        var participationLevel = _row.ParticipationLevel(ParticipationLevel);
        var closedOn = _row.Date(ClosedOn, required: false);
        var closureReason = _row.Code(ClosureReason, ContractCodeSets.ClosureReasons, required: false, "closure reasons");

        if (_row.FirstIssue() is { } issue)
        {
            return _row.Quarantine<ClientCase>(issue);
        }

        // No issue means every required value parsed.
        if (closedOn < openedOn)
        {
            return Reject(ClosedOn, QuarantineReason.DateOrder, string.Create(CultureInfo.InvariantCulture, $"closed_on {closedOn:yyyy-MM-dd} is before opened_on {openedOn:yyyy-MM-dd}"));
        }

        if (assessmentCompletedOn < assessmentStartedOn)
        {
            return Reject(AssessmentCompletedOn, QuarantineReason.DateOrder,
                string.Create(CultureInfo.InvariantCulture, $"assessment_completed_on {assessmentCompletedOn:yyyy-MM-dd} is before assessment_started_on {assessmentStartedOn:yyyy-MM-dd}"));
        }

        if (closedOn.HasValue != closureReason is not null)
        {
            return closedOn.HasValue
                ? Reject(ClosureReason, QuarantineReason.ClosureMismatch, "closure_reason: missing although closed_on is set")
                : Reject(ClosureReason, QuarantineReason.ClosureMismatch, "closure_reason: set although closed_on is empty");
        }

        if (_acceptedLineByCaseId.TryGetValue(caseId!, out var firstLine))
        {
            return Reject(CaseId, QuarantineReason.ConflictingKey, string.Create(CultureInfo.InvariantCulture, $"case_id: {RowContext.Quote(caseId)} is already the key of the accepted row on line {firstLine}"));
        }

        _acceptedLineByCaseId.Add(caseId!, record.Line);
        return _row.Accept(new ClientCase(
            caseId!, clientId!, municipality!, targetGroup!, ageBand, openedOn!.Value, channel!, specialSupportNeed,
            assessmentStartedOn, assessmentCompletedOn, clientPlanOn, socialRehabDecidedOn, services, experienceExpert,
            participationLevel, closedOn, closureReason));
    }

    private RowResult<ClientCase> Reject(int column, QuarantineReason reason, string detail) =>
        _row.Quarantine<ClientCase>(_row.Issue(_row.Name(column), reason, detail));

    /// <summary>The <c>|</c>-separated service codes; an unknown one is remembered as unknown_code.</summary>
    private ImmutableArray<string> ReadServices()
    {
        var raw = _row.Raw(Services);
        if (_servicesByCell.TryGetValue(raw, out var known))
        {
            return known;
        }

        var span = raw.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return [];
        }

        var allKnown = true;
        // Most cells hold one service: no builder for them.
        string? single = null;
        ImmutableArray<string>.Builder? codes = null;
        foreach (var range in span.Split(ValidationDefaults.ServiceSeparator))
        {
            var part = span[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var code = _services.Find(part);
            if (code is null)
            {
                _row.Unknown(Services, $"{RowContext.Quote(part)} is not in reference services");
                allKnown = false;
            }
            else if (single is null)
            {
                single = code;
            }
            else if (!ReferenceEquals(code, single) && (codes is null || !codes.Contains(code)))
            {
                codes ??= ImmutableArray.Create(single).ToBuilder();
                codes.Add(code);
            }
        }

        ImmutableArray<string> result = codes is not null ? codes.DrainToImmutable() : single is not null ? [single] : [];
        if (allKnown && _servicesByCell.Count < ServicesCacheLimit)
        {
            _servicesByCell.Add(raw, result);
        }

        return result;
    }
}
