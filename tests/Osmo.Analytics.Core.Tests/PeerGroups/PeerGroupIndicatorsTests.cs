using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;

namespace Osmo.Analytics.Core.Tests.PeerGroups;

[TestClass]
public sealed class PeerGroupIndicatorsTests
{
    private static readonly DateOnly October = new(2025, 10, 1);

    private static IndicatorValue Active(string level, string? municipality, string? peer, long count) =>
        new(October, "r12", level, null, municipality, null, IndicatorIds.ActiveClients, count, null, count, null, null, "client") { PeerGroup = peer };

    [TestMethod]
    public void Shown_KeepsOnlyShownPeerGroupRows()
    {
        // P1 pools 40 clients (shown); P2 pools 3 (1-4: suppressed); the municipality row is no comparator.
        IndicatorValue[] values =
        [
            Active(IndicatorLevels.PeerGroup, null, "P1", 40),
            Active(IndicatorLevels.PeerGroup, null, "P2", 3),
            Active(IndicatorLevels.Municipality, "005", "P1", 40),
        ];
        var published = IndicatorDisclosure.Suppress(values, new DisclosureOptions());

        var shown = PeerGroupIndicators.Shown(values, published);

        shown.Should().ContainSingle().Which.Should().Be(new PeerGroupIndicatorValue("P1", values[0]));
    }

    [TestMethod]
    public void Shown_RowsNotMadeFromTheValues_Throws()
    {
        IndicatorValue[] values = [Active(IndicatorLevels.PeerGroup, null, "P1", 40)];

        var act = () => PeerGroupIndicators.Shown(values, []);

        act.Should().Throw<ArgumentException>();
    }
}
