using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    private static GroupActivity Group(string group, string? tg, int held, int cancelled, int empty, string window = "r12", int back = 0, string muni = "005") =>
        new(Month(back), window, muni == "020" ? "02" : "01", muni, group, "Ryhmä " + group, "activity", tg, held, cancelled, empty, 0, null, null);

    /// <summary>Month rows plus the matching r12 row (sums of the last 12 months).</summary>
    private static List<GroupActivity> GroupMonths(string group, string? tg, params (int Back, int Held, int Cancelled, int Empty)[] months)
    {
        var rows = months.Select(m => Group(group, tg, m.Held, m.Cancelled, m.Empty, "month", m.Back)).ToList();
        var last12 = months.Where(m => m.Back < 12).ToArray();
        if (last12.Length > 0)
        {
            rows.Add(Group(group, tg, last12.Sum(m => m.Held), last12.Sum(m => m.Cancelled), last12.Sum(m => m.Empty)));
        }

        return rows;
    }

    [TestMethod]
    public void Detect_GroupWithThreeNoParticipantCancellations_RaisesMediumWithGroupIds()
    {
        var flags = Detect([], groups: [Group("R2", "ya", 10, 3, 3), Group("R1", "ya", 0, 4, 4), Group("R3", "ya", 12, 2, 2)]);

        var flag = Single(flags, FlagRuleIds.GroupNoParticipants);
        flag.Should().BeEquivalentTo(new
        {
            Level = "municipality_x_target_group", MunicipalityCode = "005", TargetGroup = "ya", Severity = "medium",
            GroupIds = "R1|R2", Value = (double?)7, N = (long?)17,
        });
        flag.EvidenceFi.Should().Contain("”Ryhmä R1”: 4 kokoontumista 4 suunnitellusta").And.Contain("”Ryhmä R2”: 3 kokoontumista 13 suunnitellusta");
    }

    [TestMethod]
    public void Detect_GroupWithoutTargetGroup_RaisesAtMunicipalityLevel()
    {
        var flag = Single(Detect([], groups: [Group("R1", null, 0, 3, 3)]), FlagRuleIds.GroupNoParticipants);

        flag.Level.Should().Be("municipality");
        flag.TargetGroup.Should().BeNull();
    }

    [TestMethod]
    public void Detect_GroupWhoseLastThreeMonthsWereAllCancelled_Raises()
    {
        // Two empty sessions in r12 (under 3), but every planned session of the last 3 months was empty.
        var flags = Detect([], groups: GroupMonths("R1", "ue", (0, 0, 1, 1), (1, 0, 1, 1), (5, 4, 0, 0)));

        Single(flags, FlagRuleIds.GroupNoParticipants).EvidenceFi.Should().Contain("kaikki viimeisen 3 kuukauden kokoontumiset peruttiin");
    }

    [TestMethod]
    public void Detect_GroupWithTwoEmptySessionsAndOneHeldRecently_RaisesNothing()
    {
        var flags = Detect([], groups: GroupMonths("R1", "ue", (0, 1, 1, 1), (1, 0, 1, 1), (5, 4, 0, 0)));

        flags.Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_GroupWithNoSessionsRecently_IsNotAllCancelled()
    {
        // Nothing planned in the last 3 months is not "every session cancelled"; 2 empty sessions long ago are under 3.
        var flags = Detect([], groups: GroupMonths("R1", "ue", (6, 0, 1, 1), (7, 0, 1, 1)));

        flags.Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_GroupPersistence_CountsReportMonthsThatWouldHaveFlagged()
    {
        // One empty session in each of months 0-3 back, held sessions before. Now: 4 empty in r12. One back: months
        // 1-12 hold 3 empty: held. Two back: 2 empty, and months 2-4 include a held session: not held. Run 2.
        var flags = Detect([], groups: GroupMonths("R1", "ue", (0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1), (3, 0, 1, 1), (4, 2, 0, 0), (5, 2, 0, 0)));

        var flag = Single(flags, FlagRuleIds.GroupNoParticipants);
        flag.MonthsInRow.Should().Be(2);
        flag.FirstSeen.Should().Be(new DateOnly(2025, 9, 1));
    }
}
