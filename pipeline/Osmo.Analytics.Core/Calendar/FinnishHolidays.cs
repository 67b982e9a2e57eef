namespace Osmo.Analytics.Calendar;

/// <summary>Finnish public holidays that fall on weekdays and so take a day out of the working week.</summary>
/// <remarks>
/// The list is the one the indicator spec fixes: New Year, Epiphany, Good Friday, Easter Monday, May Day,
/// Ascension Day, Midsummer Eve (the Friday between 19 and 25 June), Independence Day, Christmas Eve,
/// Christmas Day and Boxing Day. Midsummer Day and All Saints' Day always fall on a Saturday, and Easter Day
/// and Whit Sunday on a Sunday, so they never remove a working day and are left out. Christmas Eve and
/// Midsummer Eve are not holidays by law but are non-working days in public services (and in collective
/// agreements), which is what matters for a working-day deadline.
/// Easter follows the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Pure arithmetic, no cache, no state.
/// </remarks>
public static class FinnishHolidays
{
    /// <summary>Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).</summary>
    /// <param name="year">Year, 1583 or later.</param>
    public static DateOnly Easter(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Midsummer Eve (juhannusaatto): the Friday between 19 and 25 June.</summary>
    public static DateOnly MidsummerEve(int year)
    {
        var june19 = new DateOnly(year, 6, 19);
        var offset = ((int)DayOfWeek.Friday - (int)june19.DayOfWeek + 7) % 7;
        return june19.AddDays(offset);
    }

    /// <summary>Whether <paramref name="day"/> is one of the holidays listed in the remarks.</summary>
    public static bool IsHoliday(DateOnly day)
    {
        var (month, dom) = (day.Month, day.Day);
        switch (month)
        {
            case 1 when dom is 1 or 6:
            case 5 when dom == 1:
            case 12 when dom is 6 or 24 or 25 or 26:
                return true;
            case 6 when dom is >= 19 and <= 25:
                return day.DayOfWeek == DayOfWeek.Friday;
            case 3 or 4 or 5 or 6:
                // Good Friday (Easter - 2) falls 20 March .. 23 April, Ascension (Easter + 39) 30 April .. 3 June,
                // so early June still needs the Easter check.
                var offset = day.DayNumber - Easter(day.Year).DayNumber;
                return offset is -2 or 1 or 39;
            default:
                return false;
        }
    }

    /// <summary>The holidays of <paramref name="year"/> in date order.</summary>
    public static IReadOnlyList<FinnishHoliday> For(int year)
    {
        var easter = Easter(year);
        return
        [
            new(new DateOnly(year, 1, 1), "uudenvuodenpäivä", "nyårsdagen", "New Year's Day"),
            new(new DateOnly(year, 1, 6), "loppiainen", "trettondagen", "Epiphany"),
            new(easter.AddDays(-2), "pitkäperjantai", "långfredagen", "Good Friday"),
            new(easter.AddDays(1), "toinen pääsiäispäivä", "annandag påsk", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "vappu", "första maj", "May Day"),
            new(easter.AddDays(39), "helatorstai", "Kristi himmelsfärdsdag", "Ascension Day"),
            new(MidsummerEve(year), "juhannusaatto", "midsommarafton", "Midsummer Eve"),
            new(new DateOnly(year, 12, 6), "itsenäisyyspäivä", "självständighetsdagen", "Independence Day"),
            new(new DateOnly(year, 12, 24), "jouluaatto", "julafton", "Christmas Eve"),
            new(new DateOnly(year, 12, 25), "joulupäivä", "juldagen", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "tapaninpäivä", "annandag jul", "Boxing Day"),
        ];
    }
}
