using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Core.Tests.PeerGroups;

[TestClass]
public sealed class PeerGroupClusteringTests
{
    private static readonly DateOnly Period = new(2025, 10, 1);

    /// <summary>Twelve municipalities in two clear structural kinds: large towns with low need (codes 1xx) and small
    /// municipalities with high need (codes 2xx), interleaved in the file so that order cannot decide.</summary>
    private static ReferenceData TwoKinds()
    {
        var municipalities = new List<Municipality>();
        var needs = new List<NeedEstimate>();
        for (var i = 0; i < 6; i++)
        {
            var town = $"1{i:00}";
            var rural = $"2{i:00}";
            municipalities.Add(new Municipality(rural, "Maalais" + i, "Lands" + i, "S", "01", 2000 + (i * 100)));
            municipalities.Add(new Municipality(town, "Kaupunki" + i, "Stad" + i, "S", "01", 60000 + (i * 5000)));
            needs.Add(new NeedEstimate(town, "ya", 2025, 300 + (i * 20)));
            needs.Add(new NeedEstimate(town, "ue", 2025, 400 + (i * 30)));
            needs.Add(new NeedEstimate(rural, "ya", 2025, 120 + (i * 5)));
            needs.Add(new NeedEstimate(rural, "ue", 2025, 150 + (i * 5)));
        }

        return new ReferenceData(
            municipalities, [new WellbeingCounty("01", "Etelä-Pohjanmaa", "Södra Österbotten", "South Ostrobothnia")],
            [new CodeName("ya", "nuoret aikuiset", "unga vuxna", "young adults"), new CodeName("ue", "pitkäaikaistyöttömät", "långtidsarbetslösa", "long-term unemployed")],
            [], [], [], [], needs);
    }

    [TestMethod]
    [DataRow(4, 2)]
    [DataRow(12, 2)]
    [DataRow(18, 3)]
    [DataRow(50, 5)]
    [DataRow(300, 8)]
    public void AutoK_FollowsSqrtOfHalfN_Clamped(int n, int k) => PeerGroupClustering.AutoK(n).Should().Be(k);

    [TestMethod]
    public void Compute_TwoStructuralKinds_AreTheTwoPeerGroupsLabelledBySmallestCode()
    {
        var result = PeerGroupClustering.Compute(TwoKinds(), Period, PeerGroupOptions.Default);

        result.K.Should().Be(2);
        result.FeatureNames.Should().Equal("log_population_18_64", "need_rate_ya", "need_rate_ue", "need_share");
        result.Groups.Where(g => g.Value == "P1").Select(g => g.Key).Should().BeEquivalentTo(["100", "101", "102", "103", "104", "105"]);
        result.Groups.Where(g => g.Value == "P2").Select(g => g.Key).Should().BeEquivalentTo(["200", "201", "202", "203", "204", "205"]);
    }

    [TestMethod]
    public void Compute_SameInputsAndSeed_SameGroups()
    {
        var options = PeerGroupOptions.Default with { K = 4 };

        var first = PeerGroupClustering.Compute(TwoKinds(), Period, options);
        var second = PeerGroupClustering.Compute(TwoKinds(), Period, options);

        second.Groups.Should().BeEquivalentTo(first.Groups);
        first.K.Should().BeInRange(2, 4);
    }

    [TestMethod]
    public void Compute_Disabled_GivesNoGroups()
    {
        PeerGroupClustering.Compute(TwoKinds(), Period, PeerGroupOptions.Default with { Enabled = false }).Groups.Should().BeEmpty();
    }

    [TestMethod]
    public void Compute_ThreeMunicipalities_AreTooFewToGroup()
    {
        var reference = Core.Tests.Indicators.IndicatorTestData.Reference();

        PeerGroupClustering.Compute(reference, Period, PeerGroupOptions.Default).Should().BeSameAs(PeerGroupAssignment.Empty);
    }
}
