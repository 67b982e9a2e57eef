using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

[TestClass]
public sealed partial class IndicatorCalculatorTests
{
    [TestMethod]
    public void Compute_AnyInput_WritesEveryCatalogIndicatorForEachOfItsLevelsAnd25Windows()
    {
        var r = IndicatorScenarios.Get("counting");

        foreach (var d in IndicatorCatalog.All.Where(d => d.Table == "indicators"))
        {
            foreach (var level in d.Levels.Where(l => l is not (IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup)))
            {
                // Level 'all' has one cell: exactly 25 rows (24 months + r12).
                var rows = r.Values.Where(v => v.IndicatorId == d.Id && v.Level == level).ToList();
                rows.Should().NotBeEmpty($"{d.Id} at {level}");
                if (level == IndicatorLevels.All)
                {
                    rows.Should().HaveCount(25, d.Id);
                }
            }

            // Without peer groups (the scenario has none) there are no peer-group levels.
            r.Values.Where(v => v.IndicatorId == d.Id).Select(v => v.Level).Distinct().Should().BeEquivalentTo(
                d.Levels.Where(l => l is not (IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup)), d.Id);
            r.Values.Where(v => v.IndicatorId == d.Id).Should().OnlyContain(v => v.Unit == d.Unit);
        }
    }

    [TestMethod]
    public void Compute_Period_MonthWindowsRunFrom23MonthsBackAndR12CarriesThePeriod()
    {
        var r = IndicatorScenarios.Get("counting");
        var all = r.Values.Where(v => v.IndicatorId == IndicatorIds.NewCases && v.Level == IndicatorLevels.All).ToList();

        all.Where(v => v.Window == "month").Select(v => v.Period).Should().Equal(
            Enumerable.Range(0, 24).Select(i => D("2023-11-01").AddMonths(i)));
        all.Single(v => v.Window == "r12").Period.Should().Be(D("2025-10-01"));
        r.Period.Should().Be(D("2025-10-01"));
        r.CatalogVersion.Should().Be(IndicatorCatalog.Version);
    }

    [TestMethod]
    public void Compute_TargetGroupCellWithoutData_IsNotWritten()
    {
        // "counting" has no case of group ue outside 005, no need estimates and no points.
        var r = IndicatorScenarios.Get("counting");

        r.Values.Should().NotContain(v => v.MunicipalityCode == "010" && v.TargetGroup == "ue");
        r.Values.Should().Contain(v => v.MunicipalityCode == "005" && v.TargetGroup == "ue");
        // Municipality level is always written, even without any data (020 in Oct has no active client: 0).
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.Municipality, "020", "month", "2025-10").Value.Should().Be(0);
    }

    [TestMethod]
    public void Compute_ClientInTwoMunicipalitiesAndGroups_CountsOncePerCellAndOnceInTotal()
    {
        // K has a ya case in 005 and a ue case in 020 (another county), both active in Oct 2025.
        // 005/ya 1, 020/ue 1, 005 1, 020 1, county 01 1, county 02 1, all 1 (not 2).
        var r = Compute("2025-10", cases:
        [
            Case("K1", "K", "005", "ya", "2025-01-01"),
            Case("K2", "K", "020", "ue", "2025-02-01"),
            Case("K3", "K", "005", "ya", "2025-03-01"),
        ]);

        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.MunicipalityXTargetGroup, "005/ya", "month", "2025-10").Numerator.Should().Be(1);
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.County, "02", "month", "2025-10").Numerator.Should().Be(1);
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.All, "all", "month", "2025-10").Numerator.Should().Be(1);
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.All, "all", "r12", "2025-10").Numerator.Should().Be(1);
        // new_cases counts cases, not clients: K1, K2, K3 in r12.
        r.Value(IndicatorIds.NewCases, IndicatorLevels.All, "all", "r12", "2025-10").Numerator.Should().Be(3);
    }

    [TestMethod]
    public void Compute_ConfiguredLimits_AreUsed()
    {
        // With a 1-month completion limit, Q1 (opened 31 Jan, done 28 Feb = 31 Jan + 1 month clamped) is in time,
        // and the cohort of the Feb 2025 window is the January openings.
        var r = Compute(
            "2025-10",
            cases: [Case("Q1", "q1", "005", "ya", "2025-01-31", completed: "2025-02-28"), Case("Q2", "q2", "005", "ya", "2025-01-31", completed: "2025-03-01")],
            options: IndicatorOptions.Default with { AssessmentDoneMonths = 1 });

        var v = r.Value(IndicatorIds.AssessmentDone3MPct, IndicatorLevels.Municipality, "005", "month", "2025-02");
        (v.Numerator, v.Denominator).Should().Be((1L, 2L));
    }

    [TestMethod]
    public void Compute_InvalidOptions_ThrowsNamingTheSetting()
    {
        var act = () => Compute("2025-10", options: IndicatorOptions.Default with { FollowUpMinDays = 0 });

        act.Should().Throw<ArgumentException>().WithMessage("*follow_up_min_days*");
    }

    [TestMethod]
    public void Compute_Share_CarriesWilsonInterval()
    {
        // counting: unplanned closures r12 = 1/2 -> Wilson [9.453120573, 90.54687943] (mpmath).
        var v = IndicatorScenarios.Get("counting").Value(IndicatorIds.UnplannedClosurePct, IndicatorLevels.All, "all", "r12", "2025-10");

        v.CiLow.Should().BeApproximately(9.453120573, 1e-6);
        v.CiHigh.Should().BeApproximately(90.54687943, 1e-6);
    }
}
