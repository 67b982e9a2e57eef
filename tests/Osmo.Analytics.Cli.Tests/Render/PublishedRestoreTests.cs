using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Cli.Tests.Render;

/// <summary>Restoring published rows never reveals more than the file did (threshold 5).</summary>
[TestClass]
public sealed class PublishedRestoreTests
{
    private static readonly DateOnly Period = new(2025, 10, 1);

    [TestMethod]
    public void Indicator_ShownCountOfThree_ComesBackSuppressed()
    {
        // A hand-made (or hand-edited) row claims suppressed=false for a count of 3: 1 <= 3 < 5, so it is hidden.
        var row = Count(3);

        var restored = PublishedRestore.Indicator(row, suppressed: false, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeTrue();
        restored.Numerator.Should().BeNull();
        restored.Value.Should().BeNull();
    }

    [TestMethod]
    public void Indicator_ShareWithComplementOfTwo_ComesBackSuppressed()
    {
        // 48 of 50: the complement 2 is small, so the share is hidden.
        var row = new IndicatorValue(Period, "r12", "municipality", "10", "005", null, "client_plan_pct", 48, 50, 96.0, 86.5, 98.9, "pct");

        var restored = PublishedRestore.Indicator(row, suppressed: false, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeTrue();
        restored.Denominator.Should().BeNull();
    }

    [TestMethod]
    public void Indicator_ReadAsSuppressed_StaysSuppressedEvenWithNumbers()
    {
        var restored = PublishedRestore.Indicator(Count(12), suppressed: true, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeTrue();
        restored.Numerator.Should().BeNull();
    }

    [TestMethod]
    public void Indicator_ShownCountOfTwelve_StaysShown()
    {
        var restored = PublishedRestore.Indicator(Count(12), suppressed: false, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeFalse();
        restored.Numerator.Should().Be(12);
        restored.Value.Should().Be(12);
    }

    [TestMethod]
    public void MeterChange_ShownWithNOfFour_ComesBackSuppressed()
    {
        var change = new MeterChange(Period, "r12", "municipality", "10", "005", null, "AVHV", "D1", 4, 1.5, 0.5, 0.7, 2.3, 3, 75, 30, 95);

        var restored = PublishedRestore.MeterChange(change, suppressed: false, improvedSuppressed: false, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeTrue();
        restored.IsImprovedSuppressed.Should().BeTrue();
        restored.N.Should().BeNull();
        restored.ImprovedN.Should().BeNull();
    }

    [TestMethod]
    public void MeterChange_ImprovedComplementOfOne_HidesImprovedOnly()
    {
        // n = 20, improved 19: the complement 1 is small, the mean over 20 is shown.
        var change = new MeterChange(Period, "r12", "municipality", "10", "005", null, "AVHV", "D1", 20, 1.5, 0.5, 1.3, 1.7, 19, 95, 76, 99);

        var restored = PublishedRestore.MeterChange(change, suppressed: false, improvedSuppressed: false, minimumCellCount: 5);

        restored.IsSuppressed.Should().BeFalse();
        restored.N.Should().Be(20);
        restored.IsImprovedSuppressed.Should().BeTrue();
        restored.ImprovedPct.Should().BeNull();
    }

    [TestMethod]
    public void GroupActivity_ShownParticipantsOfTwoAndMeanOfThree_ComeBackSuppressed()
    {
        var activity = new GroupActivity(Period, "month", "10", "005", "G1", "Group", "PEER", null, 8, 0, 0, 0, 3.0, 2);

        var restored = PublishedRestore.GroupActivity(activity, attendanceSuppressed: false, participantsSuppressed: false, minimumCellCount: 5);

        restored.IsAttendanceSuppressed.Should().BeTrue();
        restored.AttendanceMean.Should().BeNull();
        restored.IsParticipantsSuppressed.Should().BeTrue();
        restored.ParticipantsDistinct.Should().BeNull();
        restored.SessionsHeld.Should().Be(8, "session counts are meetings, not people");
    }

    private static IndicatorValue Count(long n) =>
        new(Period, "r12", "municipality", "10", "005", null, "new_clients", n, null, n, null, null, "client");
}
