using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

public sealed partial class IndicatorCalculatorTests
{
    // The "groups" scenario (worked in IndicatorScenarios.Groups): G1 005/ya held 2 Oct (6, expert), 9 Oct (4),
    // cancelled 16 Oct (no participants), held 25 Sep (5); G2 005 client panel held 5 Oct (3); G3 010 held 3 Oct (8),
    // cancelled 10 Oct (facilitator). Attendance only in 005: G1 {a, b, c} 2 Oct, {a, d} 9 Oct, {b} 25 Sep; G2 {a, e}.
    [TestMethod]
    public void Compute_GroupActivity_OneRowPerGroupMunicipalityWindowWithSessions()
    {
        var rows = IndicatorScenarios.Get("groups").GroupActivities;
        var sep = D("2025-09-01");
        var oct = D("2025-10-01");

        rows.Select(a => (a.MunicipalityCode, a.GroupId, a.Period, a.Window)).Should().Equal(
            ("005", "G1", sep, "month"), ("005", "G1", oct, "month"), ("005", "G1", oct, "r12"),
            ("005", "G2", oct, "month"), ("005", "G2", oct, "r12"),
            ("010", "G3", oct, "month"), ("010", "G3", oct, "r12"));

        // G1 Oct: held 2, cancelled 1 (no participants), 1 with an expert, mean (6 + 4) / 2 = 5, distinct {a, b, c, d} = 4.
        rows[1].Should().BeEquivalentTo(new GroupActivity(oct, "month", "01", "005", "G1", "Ryhmä G1", "activity", "ya", 2, 1, 1, 1, 5, 4));
        // G1 r12 adds 25 Sep (5, b): held 3, mean 15 / 3 = 5, distinct still 4.
        rows[2].Should().BeEquivalentTo(new GroupActivity(oct, "r12", "01", "005", "G1", "Ryhmä G1", "activity", "ya", 3, 1, 1, 1, 5, 4));
        // G2 has no target group; G3 is in a municipality without any attendance: distinct unknown (null).
        rows[3].Should().BeEquivalentTo(new GroupActivity(oct, "month", "01", "005", "G2", "Ryhmä G2", "client_panel", null, 1, 0, 0, 0, 3, 2));
        rows[5].Should().BeEquivalentTo(new GroupActivity(oct, "month", "01", "010", "G3", "Ryhmä G3", "peer", "ue", 1, 1, 0, 0, 8, null));
    }

    [TestMethod]
    public void Compute_SessionWithoutTargetGroup_OnlyAtLevelsWithoutTargetGroup()
    {
        var r = Compute("2025-10", sessions: [Held("G9", "020", null, "2025-10-02", 4)]);

        r.Value(IndicatorIds.GroupSessionsHeld, IndicatorLevels.Municipality, "020", "month", "2025-10").Value.Should().Be(1);
        r.Value(IndicatorIds.GroupSessionsHeld, IndicatorLevels.County, "02", "month", "2025-10").Value.Should().Be(1);
        r.Values.Should().NotContain(v => v.TargetGroup != null && v.IndicatorId == IndicatorIds.GroupSessionsHeld && v.Numerator > 0);
    }
}
