using System.Globalization;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Turns stored XLSX cell values into the text a <see cref="Model.SourceRecord"/> carries.</summary>
internal static class XlsxCellText
{
    // DateTime.FromOADate accepts this range; anything outside is not a date, whatever its style says.
    private const double MinOADate = -657435.0;
    private const double MaxOADate = 2958465.99999999;

    /// <summary>A number in invariant culture: integers without a decimal part, others with up to 15 significant
    /// digits (what Excel shows; hides binary noise such as <c>0.30000000000000004</c>).</summary>
    public static string Number(string raw)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return raw.Trim();
        }

        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("G15", CultureInfo.InvariantCulture);
    }

    /// <summary>An Excel date serial as ISO <c>yyyy-MM-dd</c>; a time part is dropped. Serials outside the
    /// representable range are returned as numbers.</summary>
    /// <param name="raw">The stored serial.</param>
    /// <param name="date1904">The workbook uses the 1904 date system (old Mac Excel): serial 0 = 1904-01-01.</param>
    public static string Date(string raw, bool date1904)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return raw.Trim();
        }

        if (date1904)
        {
            serial += 1462;
        }

        if (serial is < MinOADate or > MaxOADate)
        {
            return Number(raw);
        }

        return DateTime.FromOADate(serial).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A <c>t="d"</c> cell (ISO 8601 text) as <c>yyyy-MM-dd</c>, or the text unchanged if it is not a date.</summary>
    public static string IsoDate(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : raw;

    /// <summary>A boolean cell: <c>1</c> = <c>true</c>, <c>0</c> = <c>false</c>.</summary>
    public static string Boolean(string raw) => raw.Trim() switch
    {
        "1" or "true" => "true",
        "0" or "false" => "false",
        var other => other,
    };

    /// <summary>Zero-based column of a cell reference such as <c>AB12</c> (= 27), or -1 when it has no letters.</summary>
    public static int Column(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = checked((column * 26) + (upper - 'A' + 1));
            letters++;
        }

        return letters == 0 || letters > 3 ? -1 : column - 1;
    }
}
