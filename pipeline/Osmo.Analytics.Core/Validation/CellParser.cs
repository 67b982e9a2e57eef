using System.Globalization;

namespace Osmo.Analytics.Validation;

/// <summary>Parses trimmed cell texts into the value types of the data contract. Each method returns false for a
/// malformed value instead of throwing; callers trim first (<see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>).</summary>
/// <remarks>
/// <para>Dates: ISO <c>yyyy-MM-dd</c> (exactly 4-2-2 digits) and Finnish <c>d.M.yyyy</c> (1-2 digit day and month,
/// 4-digit year), real calendar dates only. Nothing else is guessed: no <c>dd/MM/yyyy</c>, no two-digit years, no times.</para>
/// <para>Numbers: optional sign, digits, optionally one <c>.</c> or <c>,</c> decimal separator followed by digits
/// (<c>7,5</c> = 7.5). No thousands separators, exponents, NaN or infinity.</para>
/// <para>Booleans (case-insensitive): <c>true/false</c>, <c>1/0</c>, <c>kyllä/ei</c> (also <c>kylla</c>, as an
/// export that lost its umlauts writes it), <c>k/e</c>, <c>yes/no</c>; empty means unknown (null).</para>
/// </remarks>
public static class CellParser
{
    /// <summary>Longest identifier (<c>*_id</c>) the contract allows.</summary>
    public const int MaxIdentifierLength = 64;

    // A number longer than this is not a plausible score or count; it keeps the stack copy small.
    private const int MaxNumberLength = 64;

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>d.M.yyyy</c> into a real date.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else
        {
            var firstDot = text.IndexOf('.');
            if (firstDot is < 1 or > 2)
            {
                return false;
            }

            var rest = text[(firstDot + 1)..];
            var secondDot = rest.IndexOf('.');
            if (secondDot is < 1 or > 2 || rest.Length - secondDot - 1 != 4
                || !TryDigits(text[..firstDot], out day) || !TryDigits(rest[..secondDot], out month) || !TryDigits(rest[(secondDot + 1)..], out year))
            {
                return false;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses a decimal number with <c>.</c> or <c>,</c> as decimal separator.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxNumberLength)
        {
            return false;
        }

        var start = text[0] is '-' or '+' ? 1 : 0;
        var separator = -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or ',')
            {
                // One separator, with digits on both sides.
                if (separator >= 0 || i == start || i == text.Length - 1)
                {
                    return false;
                }

                separator = i;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (start == text.Length)
        {
            return false;
        }

        Span<char> copy = stackalloc char[text.Length];
        text.CopyTo(copy);
        if (separator >= 0)
        {
            copy[separator] = '.';
        }

        return double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses an integer: optional sign and ASCII digits only, within <see cref="int"/> range.</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var start = !text.IsEmpty && text[0] is '-' or '+' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        foreach (var c in text[start..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a boolean; an empty text is valid and gives null (unknown).</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool? value)
    {
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (Is(text, "true") || Is(text, "1") || Is(text, "kyllä") || Is(text, "kylla") || Is(text, "k") || Is(text, "yes"))
        {
            value = true;
            return true;
        }

        if (Is(text, "false") || Is(text, "0") || Is(text, "ei") || Is(text, "e") || Is(text, "no"))
        {
            value = false;
            return true;
        }

        return false;
    }

    /// <summary>Parses a participation level (osallisuusaste): an integer 1-4.</summary>
    public static bool TryParseParticipationLevel(ReadOnlySpan<char> text, out int level) =>
        TryParseInteger(text, out level) && level is >= 1 and <= 4;

    /// <summary>Whether the text is an identifier: 1-64 characters of <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsIdentifier(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxIdentifierLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !text.IsEmpty;
    }
}
