namespace Osmo.Analytics.Validation;

/// <summary>The three identifier patterns; the boundary rules are documented on <see cref="IdentifierGuard"/>.</summary>
public static partial class IdentifierGuard
{
    private const int PersonalIdentityCodeLength = 11;
    private const string ControlCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private const int MinPhoneDigits = 5;
    private const int MaxPhoneDigits = 11;

    // Separators between two digits of a phone number: "040 - 123 4567" has a run of three.
    private const int MaxSeparatorRun = 3;

    private static bool IsPersonalIdentityCodeAt(ReadOnlySpan<char> text, int i)
    {
        // Only a digit right beside it makes the eleven characters part of a longer number; a letter does not
        // ("HETU131052-308T", "K131052-308T" leak the code as surely as a blank-separated one).
        if (i + PersonalIdentityCodeLength > text.Length
            || (i > 0 && char.IsDigit(text[i - 1]))
            || (i + PersonalIdentityCodeLength < text.Length && char.IsDigit(text[i + PersonalIdentityCodeLength])))
        {
            return false;
        }

        var s = text.Slice(i, PersonalIdentityCodeLength);
        for (var k = 0; k < 6; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        if (!char.IsAsciiDigit(s[7]) || !char.IsAsciiDigit(s[8]) || !char.IsAsciiDigit(s[9]))
        {
            return false;
        }

        var century = char.ToUpperInvariant(s[6]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => -1,
        };
        if (century < 0)
        {
            return false;
        }

        var day = Two(s, 0);
        var month = Two(s, 2);
        var year = century + Two(s, 4);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var number = (((day * 100) + month) * 100 + Two(s, 4)) * 1000L + ((s[7] - '0') * 100) + ((s[8] - '0') * 10) + (s[9] - '0');
        return char.ToUpperInvariant(s[10]) == ControlCharacters[(int)(number % 31)];
    }

    private static int Two(ReadOnlySpan<char> s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');

    /// <summary>Length of the phone number starting at <paramref name="i"/>, or 0 when none starts there.</summary>
    private static int PhoneLengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i > 0)
        {
            var before = text[i - 1];
            if (char.IsLetterOrDigit(before) || before is '_' or '-'
                || (before is '.' or ',' && i > 1 && char.IsAsciiDigit(text[i - 2])))
            {
                return 0;
            }
        }

        int p;
        var rest = text[i..];
        if (rest.StartsWith("+358", StringComparison.Ordinal))
        {
            p = i + 4;
        }
        else if (rest.StartsWith("00358", StringComparison.Ordinal))
        {
            p = i + 5;
        }
        else if (rest[0] == '0')
        {
            p = i + 1;
            var first = SkipSeparators(text, p);
            // "00" is the international prefix (only 00358 is Finnish); it also spares postal codes and zero-padded ids.
            if (first >= text.Length || text[first] is < '1' or > '9')
            {
                return 0;
            }
        }
        else
        {
            return 0;
        }

        var digits = 0;
        var bestEnd = -1;
        var q = p;
        while (q < text.Length)
        {
            q = SkipSeparators(text, q);
            if (!char.IsAsciiDigit(text[q]))
            {
                break;
            }

            q++;
            digits++;
            if (digits > MaxPhoneDigits)
            {
                break;
            }

            if (digits >= MinPhoneDigits && IsPhoneEnd(text, q))
            {
                bestEnd = q;
            }
        }

        return bestEnd < 0 ? 0 : bestEnd - i;
    }

    /// <summary>Separators a phone number may have between two digits: blanks, hyphens and the parentheses of
    /// <c>(040) 123 4567</c> or <c>+358 (0)40 123 4567</c>.</summary>
    private static bool IsSeparator(char c) => c is ' ' or '-' or '\u00A0' or '(' or ')';

    /// <summary>The index of the digit after a run of 1-<see cref="MaxSeparatorRun"/> separators at <paramref name="q"/>,
    /// or <paramref name="q"/> itself when no such run (followed by a digit) starts there.</summary>
    private static int SkipSeparators(ReadOnlySpan<char> text, int q)
    {
        var k = q;
        while (k < text.Length && k - q < MaxSeparatorRun && IsSeparator(text[k]))
        {
            k++;
        }

        return k > q && k < text.Length && char.IsAsciiDigit(text[k]) ? k : q;
    }

    private static bool IsPhoneEnd(ReadOnlySpan<char> text, int q)
    {
        if (q >= text.Length)
        {
            return true;
        }

        var c = text[q];
        if (char.IsLetterOrDigit(c) || c == '_')
        {
            return false;
        }

        return c is not ('-' or '.' or ',') || q + 1 >= text.Length || !char.IsLetterOrDigit(text[q + 1]);
    }

    private static void FindEmails(string text, ref List<IdentifierMatch>? found)
    {
        var floor = 0;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = at;
            while (start > floor && IsLocalPart(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && IsDomain(text.AsSpan(at + 1, end - at - 1)))
            {
                Add(ref found, start, end - start, IdentifierKind.EmailAddress);
                floor = end;
                at = end < text.Length ? text.IndexOf('@', end) : -1;
            }
            else
            {
                at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1;
            }
        }
    }

    private static bool IsLocalPart(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Length - lastDot - 1 < 2 || !char.IsLetterOrDigit(domain[0]) || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in domain[(lastDot + 1)..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
