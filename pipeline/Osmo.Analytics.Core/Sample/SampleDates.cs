namespace Osmo.Analytics.Sample;

/// <summary>Date arithmetic for the simulators.</summary>
internal static class SampleDates
{
    /// <summary>The date <paramref name="days"/> working days (Monday-Friday; public holidays ignored, the planted
    /// gaps are far larger than the holiday effect) after <paramref name="start"/>.</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var d = start;
        while (days > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return d;
    }

    /// <summary>Whether groups take a break then: July, and 20 December - 6 January.</summary>
    public static bool IsBreak(DateOnly d) =>
        d.Month == 7 || (d.Month == 12 && d.Day >= 20) || (d.Month == 1 && d.Day <= 6);

    /// <summary>The first <paramref name="day"/> of the month of <paramref name="monthStart"/>.</summary>
    public static DateOnly FirstWeekday(DateOnly monthStart, DayOfWeek day)
    {
        var d = new DateOnly(monthStart.Year, monthStart.Month, 1);
        while (d.DayOfWeek != day)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>ISO <c>yyyy-MM-dd</c>, the canonical form of generated rows.</summary>
    public static string Iso(DateOnly d) => string.Create(10, d, static (span, v) =>
    {
        // Hand-formatted: this runs for every date cell of a national-scale sample.
        var y = v.Year;
        span[0] = (char)('0' + (y / 1000));
        span[1] = (char)('0' + (y / 100 % 10));
        span[2] = (char)('0' + (y / 10 % 10));
        span[3] = (char)('0' + (y % 10));
        span[4] = '-';
        span[5] = (char)('0' + (v.Month / 10));
        span[6] = (char)('0' + (v.Month % 10));
        span[7] = '-';
        span[8] = (char)('0' + (v.Day / 10));
        span[9] = (char)('0' + (v.Day % 10));
    });

    /// <summary>ISO form or empty.</summary>
    public static string Iso(DateOnly? d) => d is { } v ? Iso(v) : string.Empty;
}
