using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.PeerGroups;

[TestClass]
public sealed class PeerGroupIndicatorsTests
{
    [TestMethod]
    public void Compute_PoolsNumeratorsAndDenominatorsPerPeerGroup()
    {
        var result = Result(
        [
            Share(IndicatorIds.ClientPlanPct, "005", 12, 30),
            Share(IndicatorIds.ClientPlanPct, "010", 18, 20),
            Share(IndicatorIds.ClientPlanPct, "020", 1, 10),
            Share(IndicatorIds.ClientPlanPct, "005/ya", 5, 10),
            Share(IndicatorIds.ClientPlanPct, "010/ya", 5, 5),
            Share(IndicatorIds.ClientPlanPct, "c01", 30, 50),
            Count(IndicatorIds.ActiveClients, "005", 40),
            Count(IndicatorIds.ActiveClients, "010", 60),
            YesNo(IndicatorIds.HasClientPanel, "005", true),
        ]);
        var peers = new Dictionary<string, string> { ["005"] = "P1", ["010"] = "P1", ["020"] = "P2" };

        var values = PeerGroupIndicators.Compute(result, peers);

        // P1 plans: (12 + 18) / (30 + 20) = 60 %; P1 x ya: 10/15 = 66.7 %; P2: 1/10; active clients 100; no yes/no rows.
        values.Select(v => (v.PeerGroupId, v.Value.Level, v.Value.TargetGroup, v.Value.IndicatorId, v.Value.Numerator, v.Value.Denominator))
            .Should().Equal(
                ("P1", "peer_group", null, IndicatorIds.ActiveClients, 100L, null),
                ("P1", "peer_group", null, IndicatorIds.ClientPlanPct, 30L, 50L),
                ("P1", "peer_group_x_target_group", "ya", IndicatorIds.ClientPlanPct, 10L, 15L),
                ("P2", "peer_group", null, IndicatorIds.ClientPlanPct, 1L, 10L));
        values[1].Value.Value.Should().Be(60);
        values[2].Value.Value.Should().BeApproximately(66.667, 0.001);
        values[1].Value.CiLow.Should().NotBeNull();
        values.Should().OnlyContain(v => v.Value.MunicipalityCode == null && v.Value.WellbeingCounty == null);
    }
}
