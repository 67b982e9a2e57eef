namespace Osmo.Analytics.Calendar;

/// <summary>Working-day arithmetic: Monday to Friday minus <see cref="FinnishHolidays"/>.</summary>
/// <remarks>Used for the local service standard "assessment started within 7 working days of opening"
/// (arkipäivä = working day here; Saturday is not counted, unlike some statutory "arkipäivä" deadlines).</remarks>
public static class WorkingDays
{
    /// <summary>Whether <paramref name="day"/> is a weekday that is not a holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FinnishHolidays.IsHoliday(day);

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="date"/> (before it when n is negative).
    /// The date itself is never counted, whether or not it is a working day; n = 0 returns the date.</summary>
    /// <example>Opened on Maundy Thursday 2025-04-17: Good Friday and Easter Monday are skipped, so the 7th working day is 2025-04-30.</example>
    public static DateOnly AddWorkingDays(DateOnly date, int n)
    {
        var step = n >= 0 ? 1 : -1;
        var left = Math.Abs(n);
        var day = date;
        while (left > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Number of working days in the closed range <paramref name="from"/> .. <paramref name="to"/> (0 when to &lt; from).</summary>
    public static int Count(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
