using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

public sealed partial class IndicatorCalculatorTests
{
    // Period 2025-10.
    // M1 (case M1c, 005/ya). KYKYVIISARI overall (higher is better): baseline 10 Jan = 5; 1 Mar = 9 is only 50 days later
    // (not a follow-up, ignored); 15 Jun = 7 -> +2 in Jun 2025 and r12.
    // M1 ESY stress (LOWER is better): baseline 10 Jan = 4; 1 Apr = 2; 20 Apr = 5. Latest Apr follow-up is 20 Apr:
    // change = -(5 - 4) = -1 (worse) in Apr and r12.
    // M5 (no case, 010) ESY stress: baseline 1 Feb = 5; 10 Apr = 3 -> -(3 - 5) = +2 (better) in Apr and r12.
    // ESY stress Apr, all: {-1, +2}: n 2, mean 0.5, sd = √(((-1.5)² + 1.5²) / 1) = √4.5 = 2.1213203,
    // half = t(0.975, 1) 12.7062047 x 2.1213203 / √2 = 19.0593071 -> [-18.5593071, 19.5593071]; improved 1 -> 50 %,
    // Wilson 1/2 = [9.453120573, 90.54687943].
    private static IndicatorResult MeterChangeScenario() => Compute(
        "2025-10",
        cases: [Case("M1c", "M1", "005", "ya", "2024-12-01")],
        meters:
        [
            Score("k1", "M1", "005", "KYKYVIISARI", "overall", "2025-01-10", 5, caseId: "M1c"),
            Score("k2", "M1", "005", "KYKYVIISARI", "overall", "2025-03-01", 9, caseId: "M1c"),
            Score("k3", "M1", "005", "KYKYVIISARI", "overall", "2025-06-15", 7, caseId: "M1c"),
            Score("e1", "M1", "005", "ESY", "stress", "2025-01-10", 4, caseId: "M1c"),
            Score("e2", "M1", "005", "ESY", "stress", "2025-04-01", 2, caseId: "M1c"),
            Score("e3", "M1", "005", "ESY", "stress", "2025-04-20", 5, caseId: "M1c"),
            Score("f1", "M5", "010", "ESY", "stress", "2025-02-01", 5),
            Score("f2", "M5", "010", "ESY", "stress", "2025-04-10", 3),
        ]);

    private static MeterChange Change(IndicatorResult r, string level, string key, string window, string period, string meter) =>
        r.MeterChanges.Single(c => c.Level == level && (c.WellbeingCounty, c.MunicipalityCode, c.TargetGroup) == Keys(level, key)
            && c.Window == window && c.Period == D(period + "-01") && c.Meter == meter);

    [TestMethod]
    public void Compute_LowerIsBetterDomain_ChangeSignedSoPositiveIsBetter()
    {
        var r = MeterChangeScenario();

        var all = Change(r, IndicatorLevels.All, "all", "month", "2025-04", "ESY");
        all.N.Should().Be(2);
        all.MeanChange.Should().BeApproximately(0.5, 1e-12);
        all.Sd.Should().BeApproximately(Math.Sqrt(4.5), 1e-12);
        all.CiLow.Should().BeApproximately(-18.5593071, 1e-6);
        all.CiHigh.Should().BeApproximately(19.5593071, 1e-6);
        all.ImprovedN.Should().Be(1);
        all.ImprovedPct.Should().Be(50);
        all.ImprovedCiLow.Should().BeApproximately(9.453120573, 1e-6);
        all.ImprovedCiHigh.Should().BeApproximately(90.54687943, 1e-6);

        // M5 alone (010): stress fell from 5 to 3, which is better: +2.
        var m5 = Change(r, IndicatorLevels.Municipality, "010", "month", "2025-04", "ESY");
        m5.MeanChange.Should().Be(2);
        m5.ImprovedN.Should().Be(1);
        m5.Sd.Should().BeNull();
        m5.CiLow.Should().BeNull();
    }

    [TestMethod]
    public void Compute_MeterChange_BelongsToWindowsOfTheLatestFollowUp()
    {
        var r = MeterChangeScenario();

        // M1 at its baseline's case level 005/ya: the later April follow-up (stress 5) wins over 1 Apr: -1.
        var m1 = Change(r, IndicatorLevels.MunicipalityXTargetGroup, "005/ya", "month", "2025-04", "ESY");
        (m1.N, m1.MeanChange, m1.ImprovedN).Should().Be((1L, -1.0, 0L));

        var kyky = Change(r, IndicatorLevels.All, "all", "month", "2025-06", "KYKYVIISARI");
        (kyky.N, kyky.MeanChange, kyky.ImprovedPct).Should().Be((1L, 2.0, 100.0));
        Change(r, IndicatorLevels.All, "all", "r12", "2025-10", "KYKYVIISARI").MeanChange.Should().Be(2);
        Change(r, IndicatorLevels.All, "all", "r12", "2025-10", "ESY").N.Should().Be(2);

        // 1 Mar is not a follow-up (50 < 60 days), and months without a follow-up have no row.
        r.MeterChanges.Should().NotContain(c => c.Period == D("2025-03-01") && c.Window == "month");
        r.MeterChanges.Should().NotContain(c => c.Period == D("2025-05-01") && c.Window == "month");
        // M5 has no case: no target-group row for 010.
        r.MeterChanges.Should().NotContain(c => c.MunicipalityCode == "010" && c.TargetGroup != null);
    }
}
