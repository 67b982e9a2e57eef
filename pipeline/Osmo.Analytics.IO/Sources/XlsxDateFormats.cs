using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Which cell styles of a workbook show numbers as dates.</summary>
/// <remarks>Excel stores a date as a plain number (days since 1900) and only the style's number format says it is a
/// date. A format is a date format when it is built-in 14-22 or 45-47, or a custom format with <c>d</c>, <c>m</c> or
/// <c>y</c> outside quoted text, <c>[...]</c> sections (colours, locales) and backslash escapes; as in Excel, an
/// <c>m</c> right after an hour or right before a second is minutes (<c>h:mm</c>, <c>[h]:mm</c>, <c>mm:ss</c> are
/// times, not dates), and the <c>m</c> of <c>AM/PM</c> is no month.</remarks>
internal static class XlsxDateFormats
{
    /// <summary>For each cell style index (<c>s</c> attribute), whether it formats numbers as dates.</summary>
    public static bool[] DateStyles(WorkbookStylesPart? stylesPart)
    {
        var stylesheet = stylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (stylesheet is null || formats is null)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is uint id)
            {
                custom[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        var result = new bool[formats.Count];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            result[i] = custom.TryGetValue(id, out var code) ? IsDateFormatCode(code) : IsBuiltInDate(id);
        }

        return result;
    }

    /// <summary>Built-in number formats 14-22 (dates, date-times) and 45-47 (times, which keep their date part).</summary>
    public static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 45 and <= 47;

    /// <summary>Whether a custom format code has a day, month or year part outside literals.</summary>
    public static bool IsDateFormatCode(string code)
    {
        // The date/time letters outside literals, lower case, in order: d m y h s (elapsed [h] [m] [s] as H M S).
        Span<char> letters = stackalloc char[Math.Min(code.Length, 256)];
        var count = 0;
        for (var i = 0; i < code.Length && count < letters.Length; i++)
        {
            var c = char.ToLowerInvariant(code[i]);
            switch (c)
            {
                case '"':
                    // Quoted literal text.
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '[':
                    // [Red], [$-40B], [>=100]; only [h] [mm] [ss] (elapsed time) are time parts.
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? code.AsSpan(i + 1) : code.AsSpan(i + 1, end - i - 1);
                    if (!inside.IsEmpty && inside.Trim(inside[0]).IsEmpty && inside[0] is 'h' or 'H' or 'm' or 'M' or 's' or 'S')
                    {
                        letters[count++] = char.ToUpperInvariant(inside[0]);
                    }

                    i = end < 0 ? code.Length : end;
                    break;
                case '\\' or '_' or '*':
                    // The next char is a literal (\x), a space the width of x (_x) or a fill char (*x).
                    i++;
                    break;
                case 'a' when code.AsSpan(i).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase):
                    i += 4;
                    break;
                case 'a' when code.AsSpan(i).StartsWith("a/p", StringComparison.OrdinalIgnoreCase):
                    i += 2;
                    break;
                case 'd' or 'y':
                    return true;
                case 'm' or 'h' or 's':
                    if (count == 0 || letters[count - 1] != c)
                    {
                        letters[count++] = c;
                    }

                    break;
            }
        }

        // An m right after an hour or right before a second is minutes (h:mm, mm:ss); any other m is a month.
        for (var i = 0; i < count; i++)
        {
            if (letters[i] == 'm'
                && !(i > 0 && letters[i - 1] is 'h' or 'H')
                && !(i + 1 < count && letters[i + 1] is 's' or 'S'))
            {
                return true;
            }
        }

        return false;
    }
}
