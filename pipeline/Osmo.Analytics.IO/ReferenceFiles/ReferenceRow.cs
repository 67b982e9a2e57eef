using System.Collections.Immutable;
using System.Globalization;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>One data row of a reference file; every accessor throws a <see cref="ReferenceDataException"/> naming
/// the file, line and column when the cell is missing or malformed.</summary>
/// <remarks>Accepted forms (spec/data-contract.md "General rules"): dates ISO <c>yyyy-MM-dd</c> or Finnish
/// <c>d.M.yyyy</c>; numbers with <c>.</c> or <c>,</c> as decimal separator and optional blanks between digit groups
/// (<c>12 345</c>); booleans <c>true/false</c>, <c>1/0</c>, <c>kyllä/ei</c>, <c>k/e</c>, <c>yes/no</c>. Codes are text,
/// trimmed and never converted; municipality codes are 1-3 digits, zero-padded to 3 (Excel turns <c>005</c> into 5).</remarks>
internal sealed class ReferenceRow(ReferenceTable table, int line, string[] cells)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>Physical line of the row.</summary>
    public int Line => line;

    /// <summary>A required text cell.</summary>
    public string Text(string column)
    {
        var value = table.Cell(cells, column);
        return value.Length > 0 ? value : throw Error(column, "the value is missing.");
    }

    /// <summary>An optional text cell, or <paramref name="fallback"/> when empty.</summary>
    public string TextOr(string column, string fallback)
    {
        var value = table.Cell(cells, column);
        return value.Length > 0 ? value : fallback;
    }

    /// <summary>A municipality code: 1-3 digits, zero-padded to 3.</summary>
    public string MunicipalityCode(string column)
    {
        var value = Text(column);

        // Synthetic national samples (osmo sample --scale national) use S001..S300, which can never clash with a
        // Statistics Finland code.
        if (value.Length == 4 && value[0] == 'S' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return value;
        }

        if (value.Length > 3 || !value.All(char.IsAsciiDigit))
        {
            throw Error(column, $"'{value}' is not a municipality code (1-3 digits, e.g. 005 or 743).");
        }

        return value.PadLeft(3, '0');
    }

    /// <summary>A required whole number of at least <paramref name="min"/>.</summary>
    public int WholeNumber(string column, int min = 0)
    {
        var value = Number(column);
        if (value != Math.Floor(value) || value < min || value > int.MaxValue)
        {
            throw Error(column, string.Create(CultureInfo.InvariantCulture, $"'{table.Cell(cells, column)}' is not a whole number of at least {min}."));
        }

        return (int)value;
    }

    /// <summary>A required decimal number.</summary>
    public double Number(string column)
    {
        var text = Text(column);
        var normalized = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a number.");
    }

    /// <summary>A required date.</summary>
    public DateOnly Date(string column)
    {
        var text = Text(column);
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, $"'{text}' is not a date (yyyy-MM-dd or d.M.yyyy).");
    }

    /// <summary>An optional date: null when empty.</summary>
    public DateOnly? OptionalDate(string column) => table.Cell(cells, column).Length == 0 ? null : Date(column);

    /// <summary>A required boolean.</summary>
    public bool Boolean(string column)
    {
        var text = Text(column);
        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "kyllä" or "kylla" or "k" or "yes" => true,
            "false" or "0" or "ei" or "e" or "no" => false,
            _ => throw Error(column, $"'{text}' is not a yes/no value (true/false, 1/0, kyllä/ei, k/e, yes/no)."),
        };
    }

    /// <summary>A <c>|</c>-separated list of codes, trimmed, empty items dropped.</summary>
    public ImmutableArray<string> CodeList(string column) =>
        [.. table.Cell(cells, column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>An error at this row and <paramref name="column"/> (empty for the row as a whole).</summary>
    public ReferenceDataException Error(string column, string problem) => new(table.Name, line, column, problem);
}
