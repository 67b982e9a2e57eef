using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

/// <summary>Meter rows folded into measurements, as parallel int arrays. A measurement = a measurement_id with at least
/// one accepted row, dated by its earliest measured_on; that earliest row also gives its municipality and case_id.
/// Clients are interned here with their own <see cref="Interner"/> so that this pass can run beside the case pass.</summary>
/// <remarks>Client and meter of a measurement come from its first row in file order (the rows of one questionnaire
/// agree on them; validation does not check that). Two measurements of a client and meter on the same day are ordered
/// by first appearance.</remarks>
internal sealed class MeterMeasurements
{
    private int[] _client = new int[1024];
    private int[] _meter = new int[1024];
    private int[] _day = new int[1024];
    private int[] _municipality = new int[1024];
    private int[] _firstRow = new int[1024];

    private MeterMeasurements(int rows, int domains)
    {
        RowMeasurement = new int[rows];
        RowDomain = new int[rows];
        DomainMeter = new int[domains];
    }

    public int Count { get; private set; }

    public int MeterCount { get; private set; }

    public Interner Clients { get; } = new(1024);

    public int[] RowMeasurement { get; }

    public int[] RowDomain { get; }

    public int[] DomainMeter { get; }

    public int[] Client => _client;

    public int[] Meter => _meter;

    public int[] Day => _day;

    public int[] Municipality => _municipality;

    public int[] FirstRow => _firstRow;

    /// <summary>One pass over the meter rows. Rows with a domain or municipality not in the reference data
    /// (validation quarantines them) get measurement -1 and are left out.</summary>
    public static MeterMeasurements Read(IReadOnlyList<MeterScore> rows, IReadOnlyList<MeterDomain> domains, CellLayout layout)
    {
        var result = new MeterMeasurements(rows.Count, domains.Count);
        var domainIndex = new Dictionary<(string, string), int>();
        var meterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < domains.Count; d++)
        {
            domainIndex.TryAdd((domains[d].Meter, domains[d].Domain), d);
            meterIndex.TryAdd(domains[d].Meter, meterIndex.Count);
            result.DomainMeter[d] = meterIndex[domains[d].Meter];
        }

        result.MeterCount = Math.Max(meterIndex.Count, 1);
        var ids = new Interner(Math.Max(rows.Count / 4, 16));
        // Exports list the domain rows of one measurement together: reuse the previous row's look-ups when the
        // measurement, meter/domain or municipality text repeats (a string compare instead of a hash look-up).
        string? lastId = null, lastMeter = null, lastDomain = null, lastMuni = null;
        int id = -1, domain = -1, muni = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (!string.Equals(row.Meter, lastMeter, StringComparison.Ordinal) || !string.Equals(row.Domain, lastDomain, StringComparison.Ordinal))
            {
                (lastMeter, lastDomain) = (row.Meter, row.Domain);
                domain = domainIndex.GetValueOrDefault((row.Meter, row.Domain), -1);
            }

            if (!string.Equals(row.MunicipalityCode, lastMuni, StringComparison.Ordinal))
            {
                lastMuni = row.MunicipalityCode;
                muni = layout.MunicipalityIndex(row.MunicipalityCode);
            }

            if (domain < 0 || muni < 0)
            {
                result.RowMeasurement[r] = -1;
                continue;
            }

            if (!string.Equals(row.MeasurementId, lastId, StringComparison.Ordinal))
            {
                lastId = row.MeasurementId;
                id = ids.Intern(row.MeasurementId);
            }

            result.RowMeasurement[r] = id;
            result.RowDomain[r] = domain;
            var day = row.MeasuredOn.DayNumber;
            if (id == result.Count)
            {
                result.Add(result.Clients.Intern(row.ClientId), result.DomainMeter[domain], day, muni, r);
            }
            else if (day < result._day[id])
            {
                result._day[id] = day;
                result._municipality[id] = muni;
                result._firstRow[id] = r;
            }
        }

        return result;
    }

    private void Add(int client, int meter, int day, int municipality, int row)
    {
        if (Count == _client.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _client, size);
            Array.Resize(ref _meter, size);
            Array.Resize(ref _day, size);
            Array.Resize(ref _municipality, size);
            Array.Resize(ref _firstRow, size);
        }

        _client[Count] = client;
        _meter[Count] = meter;
        _day[Count] = day;
        _municipality[Count] = municipality;
        _firstRow[Count] = row;
        Count++;
    }
}
