using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    [TestMethod]
    public void Detect_ProfileOutlier_RaisesInfoWithTheTopIndicatorsAndPublishedValues()
    {
        var result = Result([Share(IndicatorIds.ClientPlanPct, "010", 12, 30), Share(IndicatorIds.ReachPct, "010", 3, 100)]);
        var input = Input(result) with
        {
            Outliers =
            [
                new ProfileOutlier("005", 0.31, 0.5, false, [new IndicatorDeviation(IndicatorIds.ClientPlanPct, 2.1)]),
                new ProfileOutlier("010", 0.87, 0.5, true, [new IndicatorDeviation(IndicatorIds.ClientPlanPct, -4.2), new IndicatorDeviation(IndicatorIds.ReachPct, -3.6)]),
            ],
        };

        var flags = FlagDetector.Detect(input, FlagOptions.Default).Where(f => f.Rule == FlagRuleIds.ProfileOutlier).ToList();

        // 12/30 = 40 % is published; 3/100 has a numerator of 3: suppressed, so no number for reach.
        var flag = flags.Should().ContainSingle().Subject;
        flag.Should().BeEquivalentTo(new { MunicipalityCode = "010", WellbeingCounty = "01", Severity = "info", Value = (double?)0.87, ComparatorKind = "threshold", ComparatorValue = (double?)0.5, MonthsInRow = 1 });
        flag.EvidenceFi.Should().Be(
            "Alavus: kunnan 12 kuukauden indikaattoriprofiili poikkeaa muista kunnista (poikkeavuuspistemäärä 0,87; raja 0,50). "
            + "Eniten poikkeavat: Asiakassuunnitelma laadittu 40 % (muita kuntia matalampi); Tavoittavuus (muita kuntia matalampi).");
        flag.Statistic.Should().Be("score 0.87; top: client_plan_pct (low), reach_pct (low)");
    }
}
