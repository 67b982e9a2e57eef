using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    private static IEnumerable<IndicatorValue> Reach(string key, long active, long need, long points = 0, long outreach = 0, long newCases = 10) =>
    [
        Share(IndicatorIds.ReachPct, key, active, need),
        Count(IndicatorIds.LowThresholdPoints, key, points, unit: "point"),
        Share(IndicatorIds.OutreachFirstContactPct, key, outreach, newCases),
    ];

    private static IReadOnlyList<Flag> BlindSpots(params IEnumerable<IndicatorValue>[] parts) =>
        Detect([.. InData("005", "010"), Share(IndicatorIds.ReachPct, "c01/ya", 30, 150), .. parts.SelectMany(p => p)]);

    [TestMethod]
    public void Detect_GroupInNeedWithNoClient_RaisesUnreachedHigh()
    {
        var flags = BlindSpots(Reach("005/ya", 0, 30));

        Single(flags, FlagRuleIds.UnreachedGroup).Should().BeEquivalentTo(
            new { Level = "municipality_x_target_group", MunicipalityCode = "005", TargetGroup = "ya", Severity = "high", N = (long?)30 });
        flags.Should().NotContain(f => f.Rule == FlagRuleIds.LowReach, "an unreached group is left to the more specific rule");
        Single(flags, FlagRuleIds.NoLowThreshold).Severity.Should().Be("medium");
    }

    [TestMethod]
    public void Detect_UnreachedGroupUnderTwentyInNeed_RaisesNothing()
    {
        BlindSpots(Reach("005/ya", 0, 19)).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_UnreachedGroupInMunicipalityOutsideTheData_RaisesNothing()
    {
        Detect([.. Reach("020/ya", 0, 50)]).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_ReachUnderHalfOfCountyWithoutLowThresholdSupply_RaisesLowReachHigh()
    {
        // 5/100 = 5 % against the county's 30/150 = 20 %: under 10 %.
        var flags = BlindSpots(Reach("005/ya", 5, 100));

        var flag = Single(flags, FlagRuleIds.LowReach);
        flag.Severity.Should().Be("high");
        flag.ComparatorValue.Should().Be(20);
    }

    [TestMethod]
    public void Detect_ReachUnderHalfWithALowThresholdPoint_RaisesLowReachMedium()
    {
        var flags = BlindSpots(Reach("005/ya", 5, 100, points: 1));

        Single(flags, FlagRuleIds.LowReach).Severity.Should().Be("medium");
        flags.Should().NotContain(f => f.Rule == FlagRuleIds.NoLowThreshold);
    }

    [TestMethod]
    public void Detect_ReachExactlyHalfOfCounty_RaisesNoLowReach()
    {
        BlindSpots(Reach("005/ya", 10, 100, points: 1)).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_LowReachUnderTwentyInNeed_RaisesNothing()
    {
        BlindSpots(Reach("005/ya", 1, 19)).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_GroupWithoutPointOrOutreach_RaisesNoLowThresholdMedium()
    {
        var flags = BlindSpots(Reach("005/ya", 40, 100));

        flags.Select(f => (f.Rule, f.Severity)).Should().Equal((FlagRuleIds.NoLowThreshold, "medium"));
    }

    [TestMethod]
    public void Detect_GroupWithOneOutreachFirstContact_RaisesNoLowThresholdNothing()
    {
        BlindSpots(Reach("005/ya", 40, 100, outreach: 1)).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_UnreachedPersistence_RunsWhileEveryMonthOfTheWindowHadNoClient()
    {
        // A client of the group was active 15 months back only: the windows ending 0-3 months back are empty,
        // the one ending 4 months back (months 4-15) is not. Run 4.
        var values = new List<IndicatorValue>(InData("005"));
        values.AddRange(Reach("005/ya", 0, 30, points: 1));
        for (var back = 0; back < 24; back++)
        {
            values.Add(Count(IndicatorIds.ActiveClients, "005", 100, "month", back));
            values.Add(Share(IndicatorIds.ReachPct, "005/ya", back == 15 ? 1 : 0, 30, "month", back));
            values.Add(Count(IndicatorIds.LowThresholdPoints, "005/ya", 1, "month", back, "point"));
            values.Add(Share(IndicatorIds.ReachPct, "c01/ya", 30, 150, "month", back));
        }

        Single(Detect(values), FlagRuleIds.UnreachedGroup).MonthsInRow.Should().Be(4);
    }
}
