using Osmo.Analytics.Core.Tests.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>An oracle for every indicator family at the peer-group levels: when each municipality's peer group is its
/// own county, a peer-group row must equal the county row of the same key, number for number (the county path is
/// tested on its own by the hand-worked examples and the DuckDB oracle).</summary>
[TestClass]
public sealed class IndicatorCalculatorPeerCountyTests
{
    [TestMethod]
    public void Compute_PeerGroupsEqualToCounties_GiveTheCountyValuesForEveryIndicator()
    {
        var (dataset, input) = SampleFlagRun.Inputs(new SampleOptions { Scale = SampleScale.Region, CaseCount = 4_000 });
        var counties = dataset.Reference.Municipalities.ToDictionary(m => m.Code, m => m.WellbeingCounty, StringComparer.Ordinal);

        var result = IndicatorCalculator.Compute(input with { PeerGroups = counties }, IndicatorOptions.Default);

        // Counties without municipalities in the reference have county rows (empty) but no peer group.
        var county = result.Values
            .Where(v => v.Level is IndicatorLevels.County or IndicatorLevels.CountyXTargetGroup && counties.ContainsValue(v.WellbeingCounty!))
            .ToDictionary(v => (v.Period, v.Window, v.WellbeingCounty, v.TargetGroup, v.IndicatorId));
        var peer = result.Values.Where(v => v.Level is IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup).ToList();
        peer.Should().HaveCount(county.Count);
        peer.Select(v => v.IndicatorId).Distinct().Should().HaveCountGreaterThan(20, "every family is compared");
        foreach (var p in peer)
        {
            var c = county[(p.Period, p.Window, p.PeerGroup, p.TargetGroup, p.IndicatorId)];
            (p.Numerator, p.Denominator, p.Value, p.CiLow, p.CiHigh, p.Unit).Should().Be(
                (c.Numerator, c.Denominator, c.Value, c.CiLow, c.CiHigh, c.Unit), $"{p.IndicatorId} {p.Level} {p.TargetGroup} {p.Window} {p.Period}");
        }
    }
}
