using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;

namespace Osmo.Analytics.Core.Tests.PeerGroups;

[TestClass]
public sealed class ProfileOutliersTests
{
    private static readonly DateOnly Period = new(2025, 10, 1);

    /// <summary>Twelve municipalities whose shares wobble deterministically around typical values; municipality 999
    /// has client plans at 20 % and unplanned closures at 70 % where the others sit near 80 % and 20 %.</summary>
    /// <remarks>The randomized-PCA score is the part of a profile's deviation that the usual directions of variation
    /// do not explain; a profile extreme along the usual direction itself scores low (docs/flags.md).</remarks>
    private static IndicatorResult Profiles(bool withOutlier, int activeClients = 200)
    {
        var values = new List<IndicatorValue>();
        for (var i = 0; i < 12; i++)
        {
            var code = withOutlier && i == 11 ? "999" : $"{100 + i}";
            // Fixed, mutually unrelated wobbles of -2..2 per indicator: normal variation has no single direction.
            int Wobble(int step) => ((i * step) % 5) - 2;
            var odd = code == "999";
            values.Add(new(Period, "r12", "municipality", "01", code, null, IndicatorIds.ActiveClients, activeClients, null, activeClients, null, null, "client"));
            Add(values, code, IndicatorIds.ClientPlanPct, odd ? 20 : 80 + (2 * Wobble(7)));
            Add(values, code, IndicatorIds.UnplannedClosurePct, odd ? 70 : 20 + Wobble(3));
            Add(values, code, IndicatorIds.AssessmentDone3MPct, 85 + Wobble(11));
            Add(values, code, IndicatorIds.ReachPct, 30 + Wobble(13));
            Add(values, code, IndicatorIds.MeterCoveragePct, 50 + (2 * Wobble(17)));
        }

        return new IndicatorResult(Period, IndicatorCatalog.Version, values, [], []);
    }

    private static void Add(List<IndicatorValue> values, string code, string id, double pct) =>
        values.Add(new(Period, "r12", "municipality", "01", code, null, id, (long)Math.Round(pct * 2), 200, pct, null, null, "pct"));

    [TestMethod]
    public void Detect_PlantedProfile_IsTheOnlyOutlierWithItsTwoDeviations()
    {
        var outliers = ProfileOutliers.Detect(Profiles(withOutlier: true), ProfileOutlierOptions.Default);

        outliers.Should().HaveCount(12);
        outliers.Where(o => o.IsOutlier).Select(o => o.MunicipalityCode).Should().Equal("999");
        var odd = outliers.Single(o => o.MunicipalityCode == "999");
        odd.Score.Should().BeGreaterThan(0.5);
        odd.TopDeviations.Take(2).Select(d => (d.IndicatorId, Math.Sign(d.Z)))
            .Should().BeEquivalentTo(new[] { (IndicatorIds.ClientPlanPct, -1), (IndicatorIds.UnplannedClosurePct, 1) });
    }

    [TestMethod]
    public void Detect_NoPlantedProfile_NoOutlier()
    {
        ProfileOutliers.Detect(Profiles(withOutlier: false), ProfileOutlierOptions.Default).Should().NotContain(o => o.IsOutlier);
    }

    [TestMethod]
    public void Detect_SameInputsAndSeed_SameScores()
    {
        var first = ProfileOutliers.Detect(Profiles(withOutlier: true), ProfileOutlierOptions.Default);
        var second = ProfileOutliers.Detect(Profiles(withOutlier: true), ProfileOutlierOptions.Default);

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
    }

    [TestMethod]
    public void Detect_DisabledOrTooFewMunicipalities_GivesNothing()
    {
        ProfileOutliers.Detect(Profiles(true), ProfileOutlierOptions.Default with { Enabled = false }).Should().BeEmpty();
        ProfileOutliers.Detect(Profiles(true, activeClients: 19), ProfileOutlierOptions.Default).Should().BeEmpty("no municipality has 20 active clients");
    }
}
