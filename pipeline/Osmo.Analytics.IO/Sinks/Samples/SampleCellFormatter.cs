using Osmo.Analytics.Ingest;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Turns canonical generated cells (ISO dates, invariant numbers, true/false, municipality codes) into the
/// written style of one export.</summary>
internal sealed class SampleCellFormatter
{
    private enum CellKind { Text, Date, Decimal, Bool, Municipality }

    private readonly CellKind[] _kinds;
    private readonly SampleWriterOptions _options;
    private readonly bool _municipalityNames;
    private readonly ReferenceData _reference;

    public SampleCellFormatter(EntitySchema schema, SampleWriterOptions options, ReferenceData reference)
    {
        _options = options;
        _reference = reference;
        _municipalityNames = options.MunicipalityNames.Contains(schema.Kind);
        _kinds = [.. schema.Columns.Select(c => c.Name switch
        {
            "score" => CellKind.Decimal,
            "special_support_need" or "experience_expert" => CellKind.Bool,
            "municipality" => CellKind.Municipality,
            _ when c.Name.EndsWith("_on", StringComparison.Ordinal) => CellKind.Date,
            _ => CellKind.Text,
        })];
    }

    /// <summary>Whether column <paramref name="column"/> holds dates (XLSX writes them as date cells).</summary>
    public bool IsDate(int column) => _kinds[column] == CellKind.Date;

    /// <summary>Whether column <paramref name="column"/> holds a decimal (XLSX writes it as a number cell).</summary>
    public bool IsNumber(int column) => _kinds[column] == CellKind.Decimal;

    /// <summary>The written text of a cell.</summary>
    public string Format(int column, string cell)
    {
        if (cell.Length == 0)
        {
            return cell;
        }

        return _kinds[column] switch
        {
            CellKind.Date when _options.DateStyle == SampleDateStyle.Finnish => FinnishDate(cell),
            CellKind.Decimal when _options.DecimalComma => cell.Replace('.', ','),
            CellKind.Bool when _options.HeaderLanguage == SampleHeaderLanguage.Finnish => cell == "true" ? "kyllä" : "ei",
            CellKind.Municipality when _municipalityNames => _reference.FindMunicipality(cell)?.NameFi ?? cell,
            _ => cell,
        };
    }

    /// <summary><c>2025-03-05</c> to <c>5.3.2025</c> by slicing: the generator only ever emits valid ISO dates.</summary>
    private static string FinnishDate(string iso)
    {
        var day = iso[8] == '0' ? iso[9..] : iso[8..];
        var month = iso[5] == '0' ? iso[6..7] : iso[5..7];
        return string.Concat(day, ".", month, ".", iso[..4]);
    }
}
