namespace Osmo.Analytics.Indicators;

/// <summary>The 25 windows of a run as bits of an int: bit m (0..23) = month window m (0 = period - 23 months,
/// 23 = the period month), bit 24 = r12. Dates become masks in O(1), so a record is added to all its windows at once.</summary>
/// <remarks>
/// Three kinds of mask, and how r12 follows from the months:
/// <list type="bullet">
/// <item>Event (opened, closed, decided, session held): bit of the event's month; r12 when that month is one of the last 12.</item>
/// <item>Interval (a case active from opening to closing): the months it overlaps; r12 when it overlaps any of the last 12
/// (the r12 window is exactly the union of those months and a case's activity is one interval).</item>
/// <item>State at window end (open at end, point active at end, baseline due by end): r12 = bit 23, because the r12
/// window ends where month 23 ends.</item>
/// </list>
/// </remarks>
internal sealed class WindowCalendar
{
    public const int Count = 25;
    public const int R12 = 24;
    public const int R12Bit = 1 << R12;
    private const int LastTwelveMonths = 0xFFF000;

    // Day -> month index table around the windows: MonthIndex is on every hot path and DateOnly.Year/Month divide.
    private const int TableYearsBefore = 15;
    private const int TableYearsAfter = 5;
    private readonly int _tableFirstDay;
    private readonly short[] _monthOfDay;
    private readonly int _monthBase;
    private readonly int[] _monthEndDay = new int[IndicatorWindows.TrendMonths];
    private readonly DateOnly[] _monthStart = new DateOnly[IndicatorWindows.TrendMonths];

    public WindowCalendar(DateOnly period)
    {
        Period = new DateOnly(period.Year, period.Month, 1);
        _monthBase = MonthNumber(Period) - (IndicatorWindows.TrendMonths - 1);
        for (var m = 0; m < IndicatorWindows.TrendMonths; m++)
        {
            var start = Period.AddMonths(m - (IndicatorWindows.TrendMonths - 1));
            _monthStart[m] = start;
            _monthEndDay[m] = start.AddMonths(1).DayNumber - 1;
        }

        var first = Period.AddYears(-TableYearsBefore);
        _tableFirstDay = first.DayNumber;
        _monthOfDay = new short[Period.AddYears(TableYearsAfter).DayNumber - _tableFirstDay];
        for (var i = 0; i < _monthOfDay.Length; i++)
        {
            _monthOfDay[i] = (short)(MonthNumber(DateOnly.FromDayNumber(_tableFirstDay + i)) - _monthBase);
        }
    }

    /// <summary>First day of the period month.</summary>
    public DateOnly Period { get; }

    /// <summary>Month window index of a date; negative before the first window, above 23 after the period.</summary>
    public int MonthIndex(DateOnly date) => MonthIndex(date.DayNumber);

    /// <summary>Month window index of a day given as <see cref="DateOnly.DayNumber"/>.</summary>
    public int MonthIndex(int dayNumber)
    {
        var i = dayNumber - _tableFirstDay;
        return i >= 0 && i < _monthOfDay.Length ? _monthOfDay[i] : MonthNumber(DateOnly.FromDayNumber(dayNumber)) - _monthBase;
    }

    /// <summary>Last day (DayNumber) of month window <paramref name="m"/>.</summary>
    public int MonthEndDay(int m) => _monthEndDay[m];

    /// <summary><see cref="IndicatorValue.Period"/> of window <paramref name="w"/>: its end month's first day.</summary>
    public DateOnly PeriodOf(int w) => _monthStart[w == R12 ? R12 - 1 : w];

    /// <summary>Window name of window <paramref name="w"/>.</summary>
    public static string NameOf(int w) => w == R12 ? IndicatorWindows.Rolling12 : IndicatorWindows.Month;

    /// <summary>Year of the window's end.</summary>
    public int EndYear(int w) => PeriodOf(w).Year;

    /// <summary>Mask of an event dated <paramref name="date"/>.</summary>
    public int Event(DateOnly date) => EventAt(MonthIndex(date));

    /// <summary>Mask of an event in month window <paramref name="m"/> (0 outside 0..23).</summary>
    public static int EventAt(int m) => m is >= 0 and < IndicatorWindows.TrendMonths ? (1 << m) | (m >= 12 ? R12Bit : 0) : 0;

    /// <summary>Mask of an interval touching month windows lo..hi (clamped); r12 when any of the last 12 is touched.</summary>
    public static int Interval(int lo, int hi)
    {
        var bits = Months(lo, hi);
        return (bits & LastTwelveMonths) != 0 ? bits | R12Bit : bits;
    }

    /// <summary>Mask of a state holding at the ends of month windows lo..hi (clamped); r12 when it holds at month 23's end.</summary>
    public static int State(int lo, int hi)
    {
        var bits = Months(lo, hi);
        return (bits & (1 << 23)) != 0 ? bits | R12Bit : bits;
    }

    /// <summary>First month window whose end is on or after <paramref name="date"/> (end(m) &gt;= date).</summary>
    public int FirstEndOnOrAfter(DateOnly date) => MonthIndex(date);

    /// <summary>Last month window whose end is on or before <paramref name="date"/> (end(m) &lt;= date); 23 for null (open-ended).</summary>
    public int LastEndOnOrBefore(DateOnly? date)
    {
        if (date is not { } d)
        {
            return IndicatorWindows.TrendMonths - 1;
        }

        var m = MonthIndex(d);
        return d.AddDays(1).Day == 1 ? m : m - 1;
    }

    private static int Months(int lo, int hi)
    {
        lo = Math.Max(lo, 0);
        hi = Math.Min(hi, IndicatorWindows.TrendMonths - 1);
        return lo > hi ? 0 : (int)((1u << (hi + 1)) - (1u << lo));
    }

    private static int MonthNumber(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
