using System.Collections.Frozen;
using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Validation;

/// <summary>Validates the rows of one meter export (mittaukset) into <see cref="MeterScore"/> records or quarantine
/// issues. Stateful over one file: feed its rows in file order, one validator per file.</summary>
/// <remarks>
/// <para>Checks in contract reason order: direct_identifier, duplicate_row, bad_value (missing or malformed value;
/// a domain the meter does not have; a score off the domain's <c>[min, max]</c> scale), unknown_code (municipality,
/// meter), future_date (<c>measured_on</c>), conflicting_key (<c>measurement_id</c> x <c>domain</c> of an earlier
/// accepted row).</para>
/// <para>Precedence decision: the domain and scale checks need a known meter. With an unknown meter the domain is
/// not judged and the row is <c>unknown_code</c> for the meter (unless another column is malformed), since the
/// meter is the fault a coordinator has to fix first. Meter and domain codes match case-insensitively and come out
/// as the reference's instances.</para>
/// </remarks>
public sealed class MeterValidator
{
    private static readonly EntitySchema Schema = EntitySchemas.Meters;
    private static readonly int MeasurementId = Schema.IndexOf("measurement_id");
    private static readonly int ClientId = Schema.IndexOf("client_id");
    private static readonly int CaseId = Schema.IndexOf("case_id");
    private static readonly int MunicipalityColumn = Schema.IndexOf("municipality");
    private static readonly int Meter = Schema.IndexOf("meter");
    private static readonly int MeasuredOn = Schema.IndexOf("measured_on");
    private static readonly int Domain = Schema.IndexOf("domain");
    private static readonly int Score = Schema.IndexOf("score");

    private readonly RowContext _row;
    private readonly ReferenceData _reference;
    private readonly CodeSet _meters;
    private readonly FrozenDictionary<string, FrozenDictionary<string, MeterDomain>> _domainsByMeter;
    private readonly MeasurementKeySet _acceptedKeys = new();

    /// <summary>Creates a validator for one meters file.</summary>
    /// <param name="file">File name for issues and the tally (e.g. <c>meters.csv</c>).</param>
    /// <param name="binding">The file's header bound to <see cref="EntitySchemas.Meters"/>.</param>
    /// <param name="reference">Reference data (municipalities, meter domains and scales).</param>
    /// <param name="options">Validation options.</param>
    /// <param name="header">The header cells, to name unknown columns in details; optional.</param>
    public MeterValidator(string file, HeaderBinding binding, ReferenceData reference, ValidationOptions options, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _row = new RowContext(file, binding, SourceKind.Meters, options, header);
        _reference = reference;
        _meters = new CodeSet(reference.MeterDomains.Select(d => d.Meter));
        _domainsByMeter = reference.MeterDomains
            .GroupBy(d => d.Meter, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.DistinctBy(d => d.Domain, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(d => d.Domain, StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts of the rows validated so far.</summary>
    public ValidationTally Tally => _row.Tally;

    /// <summary>Validates the next row of the file.</summary>
    public RowResult<MeterScore> Validate(SourceRecord record)
    {
        if (_row.Begin(record) is { } screened)
        {
            return _row.Quarantine<MeterScore>(screened);
        }

        var measurementId = _row.Id(MeasurementId, required: true);
        var clientId = _row.Id(ClientId, required: true);
        var caseId = _row.Id(CaseId, required: false);
        var municipality = _row.Municipality(MunicipalityColumn, _reference);
        var meter = _row.Code(Meter, _meters, required: true, "reference meters");
        var measuredOn = _row.Date(MeasuredOn, required: true);
        var domain = ReadDomain(meter);
        var score = _row.Number(Score);
        if (score is { } s && domain is not null && (s < domain.Min || s > domain.Max))
        {
            _row.Bad(Score, string.Create(CultureInfo.InvariantCulture,
                $"{s} is off the scale {domain.Min}-{domain.Max} of {domain.Meter} domain {domain.Domain}"));
        }

        if (_row.FirstIssue() is { } issue)
        {
            return _row.Quarantine<MeterScore>(issue);
        }

        // No issue means every required value parsed and the domain is the meter's.
        if (!_acceptedKeys.TryAdd(measurementId!, domain!.Domain, record.Line, out var firstLine))
        {
            return _row.Quarantine<MeterScore>(_row.Issue(_row.Name(MeasurementId), QuarantineReason.ConflictingKey, string.Create(CultureInfo.InvariantCulture,
                $"measurement_id {RowContext.Quote(measurementId)} with domain {domain.Domain} is already the key of the accepted row on line {firstLine}")));
        }

        return _row.Accept(new MeterScore(measurementId!, clientId!, caseId, municipality!, domain.Meter, measuredOn!.Value, domain.Domain, score!.Value));
    }

    /// <summary>The domain of a known meter; a domain the meter lacks is a bad value. With an unknown meter the
    /// domain is only checked for presence (the meter's unknown_code is the row's fault).</summary>
    private MeterDomain? ReadDomain(string? meter)
    {
        var text = _row.Span(Domain);
        if (text.IsEmpty)
        {
            _row.Bad(Domain, "required value missing");
            return null;
        }

        if (meter is null || !_domainsByMeter.TryGetValue(meter, out var domains))
        {
            return null;
        }

        if (domains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var domain))
        {
            return domain;
        }

        _row.Bad(Domain, $"{RowContext.Quote(text)} is not a domain of meter {meter}");
        return null;
    }
}
