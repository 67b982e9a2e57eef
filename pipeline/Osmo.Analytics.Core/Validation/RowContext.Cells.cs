using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Validation;

/// <summary>Typed cell readers: each returns null on a blank or faulty cell and remembers the fault.</summary>
internal sealed partial class RowContext
{
    private const string ExpectedDate = "(expected yyyy-MM-dd or d.M.yyyy)";
    private const int MunicipalityCacheLimit = 10_000;

    // Raw municipality cell -> reference code (null = unknown). Resolving names case-insensitively per row costs
    // more than this exact look-up.
    private readonly Dictionary<string, string?> _municipalityByCell = new(StringComparer.Ordinal);

    // Per schema column, the last raw cell that read cleanly and what it read as. A cell equal to the one above it
    // arrives as the same string instance (see _clean), so a reference compare skips the parse and the look-up.
    private (string? Raw, string? Value)[] _knownId = [];
    private (string? Raw, string? Value)[] _knownMunicipality = [];
    private (string? Raw, DateOnly Value)[] _knownDate = [];
    private (string? Raw, CodeSet? Codes, string? Value)[] _knownCode = [];

    private ref T Known<T>(ref T[] cache, int column)
    {
        if (cache.Length == 0)
        {
            cache = new T[_binding.Schema.Columns.Length];
        }

        return ref cache[column];
    }

    /// <summary>The raw cell of a schema column (empty when the file lacks the column).</summary>
    public string Raw(int column) => _binding.Cell(_record.Cells, column);

    /// <summary>The trimmed cell of a schema column.</summary>
    public ReadOnlySpan<char> Span(int column) => Raw(column).AsSpan().Trim();

    /// <summary>Whether the cell holds anything but blanks.</summary>
    public bool IsPresent(int column) => !Span(column).IsEmpty;

    /// <summary>The trimmed text, or null when blank (a fault when required).</summary>
    public string? Text(int column, bool required)
    {
        var raw = Raw(column);
        var span = raw.AsSpan().Trim();
        if (span.IsEmpty)
        {
            MissingIf(column, required);
            return null;
        }

        // Trim() on an untrimmed string returns the same instance: no copy for clean cells.
        return span.Length == raw.Length ? raw : span.ToString();
    }

    /// <summary>A pseudonymous identifier (1-64 of <c>[A-Za-z0-9_-]</c>), trimmed.</summary>
    public string? Id(int column, bool required)
    {
        ref var known = ref Known(ref _knownId, column);
        var raw = Raw(column);
        if (ReferenceEquals(raw, known.Raw))
        {
            return known.Value;
        }

        var text = Text(column, required);
        if (text is not null && !CellParser.IsIdentifier(text))
        {
            Bad(column, $"{Quote(text)} is not an identifier (expected 1-{CellParser.MaxIdentifierLength} characters of A-Z, a-z, 0-9, _ or -)");
            return null;
        }

        if (text is not null)
        {
            known = (raw, text);
        }

        return text;
    }

    /// <summary>A date; a date after the export date is remembered as <c>future_date</c> but still returned.</summary>
    public DateOnly? Date(int column, bool required)
    {
        ref var known = ref Known(ref _knownDate, column);
        var raw = Raw(column);
        DateOnly date;
        if (ReferenceEquals(raw, known.Raw))
        {
            date = known.Value;
        }
        else
        {
            var span = raw.AsSpan().Trim();
            if (span.IsEmpty)
            {
                MissingIf(column, required);
                return null;
            }

            if (!CellParser.TryParseDate(span, out date))
            {
                Bad(column, $"{Quote(span)} is not a date {ExpectedDate}");
                return null;
            }

            known = (raw, date);
        }

        if (date > _exportDate)
        {
            Future(column, date);
        }

        return date;
    }

    /// <summary>A required decimal number.</summary>
    public double? Number(int column)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            MissingIf(column, true);
            return null;
        }

        if (!CellParser.TryParseNumber(span, out var value))
        {
            Bad(column, $"{Quote(span)} is not a number (expected digits with . or , as decimal separator)");
            return null;
        }

        return value;
    }

    /// <summary>An optional count: an integer &gt;= 0.</summary>
    public int? Count(int column)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return null;
        }

        if (!CellParser.TryParseInteger(span, out var value))
        {
            Bad(column, $"{Quote(span)} is not an integer (expected a whole number >= 0)");
            return null;
        }

        if (value < 0)
        {
            Bad(column, $"{Quote(span)} is negative (expected a whole number >= 0)");
            return null;
        }

        return value;
    }

    /// <summary>An optional participation level 1-4.</summary>
    public int? ParticipationLevel(int column)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return null;
        }

        if (!CellParser.TryParseParticipationLevel(span, out var level))
        {
            Bad(column, $"{Quote(span)} is not a participation level (expected 1, 2, 3 or 4)");
            return null;
        }

        return level;
    }

    /// <summary>An optional boolean; blank is unknown (null).</summary>
    public bool? Boolean(int column)
    {
        var span = Span(column);
        if (!CellParser.TryParseBoolean(span, out var value))
        {
            Bad(column, $"{Quote(span)} is not a boolean (expected true/false, 1/0, kyllä/ei, k/e or yes/no)");
        }

        return value;
    }

    /// <summary>An optional value of a fixed value list whose violation is a malformed value (<c>age_band</c>).</summary>
    public string? Choice(int column, CodeSet values, string what)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return null;
        }

        var value = values.Find(span);
        if (value is null)
        {
            Bad(column, $"{Quote(span)} is not {what} (expected {values.Expected})");
        }

        return value;
    }

    /// <summary>A code of a closed list; a code not in the list is remembered as <c>unknown_code</c>.</summary>
    public string? Code(int column, CodeSet codes, bool required, string listName)
    {
        ref var known = ref Known(ref _knownCode, column);
        var raw = Raw(column);
        if (ReferenceEquals(raw, known.Raw) && ReferenceEquals(codes, known.Codes))
        {
            return known.Value;
        }

        var span = raw.AsSpan().Trim();
        if (span.IsEmpty)
        {
            MissingIf(column, required);
            return null;
        }

        var code = codes.Find(span);
        if (code is null)
        {
            Unknown(column, codes.Expected is null
                ? $"{Quote(span)} is not in {listName}"
                : $"{Quote(span)} is not in {listName} (expected {codes.Expected})");
        }
        else
        {
            known = (raw, codes, code);
        }

        return code;
    }

    /// <summary>A required municipality code or name, resolved to the reference's code instance. The reference
    /// must be the same for every call (one validator, one reference).</summary>
    public string? Municipality(int column, ReferenceData reference)
    {
        ref var known = ref Known(ref _knownMunicipality, column);
        var raw = Raw(column);
        if (ReferenceEquals(raw, known.Raw))
        {
            return known.Value;
        }

        var span = raw.AsSpan().Trim();
        if (span.IsEmpty)
        {
            MissingIf(column, true);
            return null;
        }

        if (!_municipalityByCell.TryGetValue(raw, out var code))
        {
            code = reference.FindMunicipality(raw)?.Code;
            // A file spells its municipalities a few hundred ways at most; the cap only guards against junk.
            if (_municipalityByCell.Count < MunicipalityCacheLimit)
            {
                _municipalityByCell.Add(raw, code);
            }
        }

        if (code is null)
        {
            Unknown(column, $"{Quote(span)} is not a municipality code or name of the reference municipalities");
        }
        else
        {
            known = (raw, code);
        }

        return code;
    }

    private void MissingIf(int column, bool required)
    {
        if (required)
        {
            Bad(column, "required value missing");
        }
    }
}
