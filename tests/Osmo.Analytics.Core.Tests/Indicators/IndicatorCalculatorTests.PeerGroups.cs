using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

public sealed partial class IndicatorCalculatorTests
{
    // 005 (county 01) and 020 (county 02) form peer group P1; 010 (county 01) is P2 alone.
    private static readonly Dictionary<string, string> Peers = new() { ["005"] = "P1", ["020"] = "P1", ["010"] = "P2" };

    private static IndicatorValue Peer(IndicatorResult r, string indicator, string peer, string? tg, string window, string period) =>
        r.Values.Single(v => v.IndicatorId == indicator && v.PeerGroup == peer && v.TargetGroup == tg && v.Window == window
            && v.Period == D(period + "-01")
            && v.Level == (tg is null ? IndicatorLevels.PeerGroup : IndicatorLevels.PeerGroupXTargetGroup));

    [TestMethod]
    public void Compute_PeerGroups_CountAClientOncePerPeerGroupAcrossCounties()
    {
        // K: ya case in 005 and ue case in 020, both in P1 (different counties); L: ya case in 005; M: ya case in 010 (P2).
        // Oct 2025 active clients: P1 = {K, L} = 2 (not 3 = 005's 2 + 020's 1); P1 x ya = {K, L} = 2; P1 x ue = {K} = 1;
        // P2 = {M} = 1. New cases in r12 count cases: P1 = K1, K2, L1 = 3.
        var r = Compute("2025-10", peerGroups: Peers, cases:
        [
            Case("K1", "K", "005", "ya", "2025-01-01"),
            Case("K2", "K", "020", "ue", "2025-02-01"),
            Case("L1", "L", "005", "ya", "2025-03-01"),
            Case("M1", "M", "010", "ya", "2025-03-01"),
        ]);

        Peer(r, IndicatorIds.ActiveClients, "P1", null, "month", "2025-10").Numerator.Should().Be(2);
        Peer(r, IndicatorIds.ActiveClients, "P1", "ya", "month", "2025-10").Numerator.Should().Be(2);
        Peer(r, IndicatorIds.ActiveClients, "P1", "ue", "month", "2025-10").Numerator.Should().Be(1);
        Peer(r, IndicatorIds.ActiveClients, "P2", null, "month", "2025-10").Numerator.Should().Be(1);
        Peer(r, IndicatorIds.NewCases, "P1", null, "r12", "2025-10").Numerator.Should().Be(3);
        // Per 1,000 residents: P1 has 1,000 + 4,000 = 5,000 residents aged 18-64; 2 / 5,000 x 1,000 = 0.4.
        var rate = Peer(r, IndicatorIds.ClientsPer1000, "P1", null, "month", "2025-10");
        (rate.Numerator, rate.Denominator, rate.Value).Should().Be((2L, 5000L, 0.4));
        // Peer-group rows carry no county or municipality; municipality rows carry their peer group.
        r.Values.Where(v => v.Level == IndicatorLevels.PeerGroup).Should().OnlyContain(v => v.WellbeingCounty == null && v.MunicipalityCode == null);
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.Municipality, "020", "month", "2025-10").PeerGroup.Should().Be("P1");
        r.Value(IndicatorIds.ActiveClients, IndicatorLevels.County, "02", "month", "2025-10").PeerGroup.Should().BeNull();
    }

    [TestMethod]
    public void Compute_PeerGroups_DoNotChangeTheOtherLevels()
    {
        var input = new[]
        {
            Case("K1", "K", "005", "ya", "2025-01-01", closed: "2025-06-30", reason: "goal_met"),
            Case("K2", "K", "020", "ue", "2025-02-01", plan: "2025-02-20"),
            Case("L1", "L", "010", "ya", "2024-12-01"),
        };
        var without = Compute("2025-10", cases: input);
        var with = Compute("2025-10", cases: input, peerGroups: Peers);

        with.Values.Where(v => v.Level is not (IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup))
            .Select(v => v with { PeerGroup = null })
            .Should().Equal(without.Values);
    }
}
