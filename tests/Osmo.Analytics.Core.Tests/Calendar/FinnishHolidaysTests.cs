using Osmo.Analytics.Calendar;

namespace Osmo.Analytics.Core.Tests.Calendar;

[TestClass]
public sealed class FinnishHolidaysTests
{
    // Easter Sundays from published church calendars, including both extremes of the range (22 March, 25 April).
    [TestMethod]
    [DataRow(2024, 3, 31)]
    [DataRow(2025, 4, 20)]
    [DataRow(2026, 4, 5)]
    [DataRow(2019, 4, 21)]
    [DataRow(2000, 4, 23)]
    [DataRow(2008, 3, 23)]
    [DataRow(2038, 4, 25)]
    [DataRow(2285, 3, 22)]
    public void Easter_KnownYears_MatchesChurchCalendar(int year, int month, int day) =>
        FinnishHolidays.Easter(year).Should().Be(new DateOnly(year, month, day));

    [TestMethod]
    [DataRow(2024, 21)]
    [DataRow(2025, 20)]
    [DataRow(2026, 19)]
    [DataRow(2027, 25)]
    public void MidsummerEve_KnownYears_IsFridayBetween19And25June(int year, int day)
    {
        var eve = FinnishHolidays.MidsummerEve(year);
        eve.Should().Be(new DateOnly(year, 6, day));
        eve.DayOfWeek.Should().Be(DayOfWeek.Friday);
    }

    [TestMethod]
    public void For_2025_ListsElevenHolidaysWithMovableOnesFromEaster()
    {
        var days = FinnishHolidays.For(2025).Select(h => h.Date).ToList();

        days.Should().Equal(
            new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 6),
            new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21), // Good Friday, Easter Monday
            new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 29), // May Day, Ascension (Easter + 39)
            new DateOnly(2025, 6, 20), // Midsummer Eve
            new DateOnly(2025, 12, 6), new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26));
    }

    [TestMethod]
    [DataRow("2025-05-29", true)] // Ascension
    [DataRow("2038-06-03", true)] // Ascension in June (Easter 25 April 2038): the June branch must still check Easter
    [DataRow("2025-06-20", true)] // Midsummer Eve
    [DataRow("2025-06-19", false)] // Thursday before Midsummer Eve
    [DataRow("2025-06-21", false)] // Midsummer Day is a Saturday, not in the list (never a working day anyway)
    [DataRow("2024-03-29", true)] // Good Friday 2024
    [DataRow("2024-04-01", true)] // Easter Monday 2024
    [DataRow("2025-04-17", false)] // Maundy Thursday is a working day
    [DataRow("2025-12-31", false)]
    public void IsHoliday_Dates_AsListed(string date, bool expected) =>
        FinnishHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [TestMethod]
    public void IsHoliday_EveryDayOf2000To2100_AgreesWithForList()
    {
        // Independent path: the explicit list per year against the fast day check.
        for (var year = 2000; year <= 2100; year++)
        {
            var listed = FinnishHolidays.For(year).Select(h => h.Date).ToHashSet();
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                FinnishHolidays.IsHoliday(day).Should().Be(listed.Contains(day), $"{day:yyyy-MM-dd}");
            }
        }
    }
}
