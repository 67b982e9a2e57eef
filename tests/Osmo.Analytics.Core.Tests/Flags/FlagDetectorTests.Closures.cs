using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    private static IReadOnlyList<Flag> Closures(long x, long n, long countyX, long countyN) => Detect(
    [
        Share(IndicatorIds.UnplannedClosurePct, "005", x, n),
        Share(IndicatorIds.UnplannedClosurePct, "c01", countyX, countyN),
    ]);

    [TestMethod]
    public void Detect_ClosuresAboveThirtyAndAboveCountySignificantly_RaisesHighWithZ()
    {
        // 40/100 against the county's 60/300 (20 %): pooled p = 100/400 = .25, se = sqrt(.25 * .75 * (1/100 + 1/300))
        // = .05, z = (.40 - .20) / .05 = 4.00. Both conditions: high.
        var flag = Single(Closures(40, 100, 60, 300), FlagRuleIds.UnplannedClosures);

        flag.Severity.Should().Be("high");
        flag.Statistic.Should().StartWith("z = 4.00");
        flag.ComparatorKind.Should().Be("county");
        flag.ComparatorValue.Should().Be(20);
        flag.EvidenceFi.Should().Contain("z = 4,00").And.Contain("hyvinvointialue 20 %").And.Contain("40 % päättyneistä");
    }

    [TestMethod]
    public void Detect_ClosuresAboveThirtyOnly_RaisesMedium()
    {
        // 35 % against a county of 30 %: gap 5 points.
        Single(Closures(35, 100, 300, 1000), FlagRuleIds.UnplannedClosures).Severity.Should().Be("medium");
    }

    [TestMethod]
    public void Detect_ClosuresUnderThirtyButFarAboveCounty_RaisesMedium()
    {
        // 28/100 against 50/500 (10 %): gap 18 points; pooled p = 78/600 = .13, se = sqrt(.13 * .87 * .012) = .03684,
        // z = .18 / .03684 = 4.89.
        var flag = Single(Closures(28, 100, 50, 500), FlagRuleIds.UnplannedClosures);

        flag.Severity.Should().Be("medium");
        flag.Statistic.Should().StartWith("z = 4.89");
    }

    [TestMethod]
    public void Detect_ClosuresTenPointsAboveCountyButZUnder196_RaisesNothing()
    {
        // 6/20 = 30 % (not above 30) against 40/200 = 20 %: gap 10 points, pooled p = 46/220, z = .10 / .0954 = 1.05.
        Closures(6, 20, 40, 200).Should().NotContain(f => f.Rule == FlagRuleIds.UnplannedClosures);
    }

    [TestMethod]
    public void Detect_ClosuresOnNineCases_RaisesNothing()
    {
        Closures(8, 9, 40, 400).Should().NotContain(f => f.Rule == FlagRuleIds.UnplannedClosures);
    }

    [TestMethod]
    public void Detect_ClosuresPersistence_CountsMonthsWhoseTwelveMonthWindowHeld()
    {
        // 005: 9/10 in each of the last 3 months, 1/10 before; county 01: 10/100 every month.
        // Now: 27 + 9 = 36/120 = 30 % (not above 30) vs 10 %: gap 20 points, p = 156/1320, z = .20 / .0309 = 6.5: B, medium.
        // One month back (months 1-12): 18 + 10 = 28/120 = 23.3 %, gap 13.3, z = .133 / .0302 = 4.4: held.
        // Two months back (months 2-13): 9 + 11 = 20/120 = 16.7 %, gap 6.7: not held. Run 2, first seen 2025-09.
        var values = new List<IndicatorValue>
        {
            Share(IndicatorIds.UnplannedClosurePct, "005", 36, 120),
            Share(IndicatorIds.UnplannedClosurePct, "c01", 120, 1200),
        };
        for (var back = 0; back < 24; back++)
        {
            values.Add(Share(IndicatorIds.UnplannedClosurePct, "005", back <= 2 ? 9 : 1, 10, "month", back));
            values.Add(Share(IndicatorIds.UnplannedClosurePct, "c01", 10, 100, "month", back));
        }

        var flag = Single(Detect(values), FlagRuleIds.UnplannedClosures);

        flag.Severity.Should().Be("medium");
        flag.MonthsInRow.Should().Be(2);
        flag.FirstSeen.Should().Be(new DateOnly(2025, 9, 1));
    }
}
