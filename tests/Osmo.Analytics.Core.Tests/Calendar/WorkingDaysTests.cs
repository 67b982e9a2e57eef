using Osmo.Analytics.Calendar;

namespace Osmo.Analytics.Core.Tests.Calendar;

[TestClass]
public sealed class WorkingDaysTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Maundy Thursday 2025-04-17: Fri 18 (Good Friday), Sat, Sun, Mon 21 (Easter Monday) skipped;
    // Tue 22 = 1, Wed 23 = 2, Thu 24 = 3, Fri 25 = 4, Mon 28 = 5, Tue 29 = 6, Wed 30 = 7.
    [TestMethod]
    [DataRow("2025-04-17", 7, "2025-04-30")]
    [DataRow("2025-04-17", 1, "2025-04-22")]
    // Tue 23 Dec 2025: Wed 24, Thu 25, Fri 26 holidays, weekend -> Mon 29 is the first.
    [DataRow("2025-12-23", 1, "2025-12-29")]
    // Friday -> Monday.
    [DataRow("2025-03-07", 1, "2025-03-10")]
    // Start on a Saturday: the date itself never counts.
    [DataRow("2025-03-08", 1, "2025-03-10")]
    // 30 Apr 2025 (Wed): 1 May is May Day -> Fri 2 May.
    [DataRow("2025-04-30", 1, "2025-05-02")]
    [DataRow("2025-03-05", 0, "2025-03-05")]
    // Backwards over Easter Monday 2025: Tue 22 -> Thu 17 (Mon 21 and Fri 18 are holidays).
    [DataRow("2025-04-22", -1, "2025-04-17")]
    public void AddWorkingDays_Examples_HandWorked(string from, int n, string expected) =>
        WorkingDays.AddWorkingDays(D(from), n).Should().Be(D(expected));

    [TestMethod]
    public void Count_April2025_Has20WorkingDays()
    {
        // 22 weekdays in April 2025 minus Good Friday (18th) and Easter Monday (21st) = 20.
        WorkingDays.Count(D("2025-04-01"), D("2025-04-30")).Should().Be(20);
    }
}
