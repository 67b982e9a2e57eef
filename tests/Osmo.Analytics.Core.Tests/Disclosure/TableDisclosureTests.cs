using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

[TestClass]
public sealed class TableDisclosureTests
{
    private static readonly DisclosureOptions Options = new();
    private static readonly DateOnly Period = new(2025, 10, 1);

    private static MeterChange Change(long n, long improved) =>
        new(Period, "r12", "municipality", "16", "743", null, "KYKYVIISARI", "work_ability", n, 1.2, 0.8, 0.5, 1.9, improved, 100.0 * improved / n, 10, 90);

    private static GroupActivity Activity(int held, double? mean, int? participants) =>
        new(Period, "r12", "16", "403", "G1", "Voima-ryhmä", "activity", "young_adults", held, 0, 0, 0, mean, participants);

    [TestMethod]
    [DataRow(4L, 2L, true, true)]    // n = 4: mean and n hidden
    [DataRow(5L, 5L, false, false)]  // n = 5, all improved: complement 0 is shown
    [DataRow(12L, 3L, true, true)]   // improved 3 is small: the row goes (n 12 beside it would tell the complement 9)
    [DataRow(12L, 9L, true, true)]   // complement 12 - 9 = 3 is small
    [DataRow(12L, 6L, false, false)]
    public void Suppress_MeterChange_HidesTheRowForSmallNImprovedOrComplement(long n, long improved, bool meanHidden, bool improvedHidden)
    {
        var published = TableDisclosure.Suppress([Change(n, improved)], Options).Single();

        published.IsSuppressed.Should().Be(meanHidden);
        published.IsImprovedSuppressed.Should().Be(improvedHidden);
        (published.MeanChange is null).Should().Be(meanHidden);
        (published.N is null).Should().Be(meanHidden);
        (published.ImprovedPct is null).Should().Be(improvedHidden);
        (published.ImprovedN is null).Should().Be(improvedHidden);
    }

    [TestMethod]
    public void Suppress_MeterChangesOfACounty_ProtectTheSmallMunicipalityWithAPartner()
    {
        // County 16: n = 12 + 3 + 15 = 30 (improved 6 + 1 + 8 = 15). The 3 is hidden; county 30 - 12 - 15 would give it
        // back, so the smallest other municipality (12) goes too. The county row stays (it is the total).
        MeterChange Row(string level, string? municipality, long n, long improved) =>
            new(Period, "r12", level, "16", municipality, null, "KYKYVIISARI", "work_ability", n, 1.2, 0.8, 0.5, 1.9, improved, 100.0 * improved / n, 10, 90);
        MeterChange[] changes = [Row("municipality", "005", 12, 6), Row("municipality", "010", 3, 1), Row("municipality", "020", 15, 8), Row("county", null, 30, 15)];

        var published = TableDisclosure.Suppress(changes, Options);

        published.Select(p => p.IsSuppressed).Should().Equal(true, true, false, false);
    }

    [TestMethod]
    [DataRow(10, 2.0, null, true, false)]   // a mean head count of 2 says two people came
    [DataRow(3, 8.0, null, true, false)]    // three sessions are too few to publish a mean of people
    [DataRow(10, 6.5, 4, false, true)]      // four distinct participants
    [DataRow(10, 6.5, 0, false, false)]     // zero is shown
    [DataRow(10, 6.5, 12, false, false)]
    public void Suppress_GroupActivity_ProtectsPeopleNotSessions(int held, double mean, int? participants, bool attendanceHidden, bool participantsHidden)
    {
        var published = TableDisclosure.Suppress([Activity(held, mean, participants)], Options).Single();

        published.SessionsHeld.Should().Be(held);
        published.IsAttendanceSuppressed.Should().Be(attendanceHidden);
        published.IsParticipantsSuppressed.Should().Be(participantsHidden);
        (published.AttendanceMean is null).Should().Be(attendanceHidden);
        published.ParticipantsDistinct.Should().Be(participantsHidden ? null : participants);
    }
}
