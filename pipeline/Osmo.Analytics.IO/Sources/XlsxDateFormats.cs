using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Which cell styles of a workbook show numbers as dates.</summary>
/// <remarks>Excel stores a date as a plain number (days since 1900) and only the style's number format says it is a
/// date. A format is a date format when it is built-in 14-22 or 45-47, or a custom format with <c>d</c>, <c>m</c> or
/// <c>y</c> outside quoted text, <c>[...]</c> sections (colours, locales, elapsed time) and backslash escapes. That
/// reading counts a minutes-only format like <c>mm:ss</c> as a date; exports do not carry such cells.</remarks>
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
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracket)
            {
                bracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '\\' or '_' or '*':
                    // The next char is a literal (\x), a space the width of x (_x) or a fill char (*x).
                    i++;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y':
                    return true;
            }
        }

        return false;
    }
}
