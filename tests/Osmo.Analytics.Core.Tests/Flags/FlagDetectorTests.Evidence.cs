using System.Globalization;
using System.Text.RegularExpressions;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    [TestMethod]
    public void Detect_Evidence_QuotesThePublishedValuesInEachLanguage()
    {
        // 41/100 = 41 % (Wilson 31.9-50.8), county 01 = 156/200 = 78 %.
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 41, 100), Share(IndicatorIds.ClientPlanPct, "c01", 156, 200) };
        var input = Input(Result(values));
        var published = input.Published.Single(p => p.MunicipalityCode == "005");

        var flag = Single(FlagDetector.Detect(input, FlagOptions.Default), FlagRuleIds.PlanMissing);

        flag.Value.Should().Be(published.Value);
        flag.N.Should().Be(published.Denominator);
        flag.ComparatorValue.Should().Be(78);
        var lo = Fi(published.CiLow!.Value);
        var hi = Fi(published.CiHigh!.Value);
        flag.EvidenceFi.Should().Be(
            $"Alajärvi: asiakassuunnitelma oli tehty 41 %:lle vähintään 30 päivää avoinna olleista asiakkuuksista (n = 100; hyvinvointialue 78 %; 95 %:n luottamusväli {lo}–{hi} %). Raja 70 %.");
        flag.EvidenceSv.Should().StartWith("Alajärvi: en klientplan fanns för 41 % av klientrelationerna som varit öppna minst 30 dagar (n = 100; välfärdsområdet 78 %;");
        flag.EvidenceEn.Should().StartWith("Alajärvi: a client plan had been made for 41% of cases open at least 30 days (n = 100; county 78%;");
        flag.Statistic.Should().Be(string.Create(CultureInfo.InvariantCulture, $"95 % CI {Math.Round(published.CiLow.Value, 1):0.0}-{Math.Round(published.CiHigh.Value, 1):0.0}"));
    }

    [TestMethod]
    public void Detect_Evidence_EveryNumberInTheSentenceIsAPublishedValueOrAThreshold()
    {
        var values = new[] { Share(IndicatorIds.AssessmentDone3MPct, "010", 123, 200), Share(IndicatorIds.AssessmentDone3MPct, "c01", 900, 1000) };
        var input = Input(Result(values));
        var flag = Single(FlagDetector.Detect(input, FlagOptions.Default), FlagRuleIds.AssessmentLate);
        var muni = input.Published.Single(p => p.MunicipalityCode == "010");
        var county = input.Published.Single(p => p.Level == "county");

        // Allowed: the published value, n, interval, county value; the rule's threshold (80), limit (3 months) and
        // the interval's confidence level (95).
        var allowed = new[] { muni.Value!.Value, muni.Denominator!.Value, muni.CiLow!.Value, muni.CiHigh!.Value, county.Value!.Value, 80, 3, 95 }
            .Select(Fi).ToHashSet();
        var numbers = Regex.Matches(flag.EvidenceFi, @"\d+(,\d+)?").Select(m => m.Value).ToList();
        numbers.Should().NotBeEmpty().And.OnlyContain(n => allowed.Contains(n));
        flag.EvidenceFi.Should().Contain("61,5 %:ssa");
    }

    [TestMethod]
    public void Detect_SuppressedCell_IsDescribedWithoutItsNumbers()
    {
        // 2/12 = 16.7 %: numerator 2 is under the minimum cell count 5, so the published cell is suppressed.
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 2, 12), Share(IndicatorIds.ClientPlanPct, "c01", 150, 200) };
        var input = Input(Result(values));
        input.Published.Single(p => p.MunicipalityCode == "005").IsSuppressed.Should().BeTrue();

        var flag = Single(FlagDetector.Detect(input, FlagOptions.Default), FlagRuleIds.PlanMissing);

        flag.Severity.Should().Be("high", "rules decide on the true value");
        flag.Value.Should().BeNull();
        flag.N.Should().BeNull();
        flag.Statistic.Should().BeNull();
        foreach (var text in new[] { flag.EvidenceFi, flag.EvidenceSv, flag.EvidenceEn, flag.ActionFi, flag.ActionSv, flag.ActionEn })
        {
            text.Should().NotContainAny("16,7", "16.7", "17", "12", " 2 ");
        }

        // The county is 005 plus 010; with 005 hidden and no 010 row, the county total would give 005 away, so
        // secondary suppression hides it too and the sentence has no comparator.
        flag.ComparatorValue.Should().BeNull();
        flag.EvidenceFi.Should().Be(
            "Alajärvi: asiakassuunnitelma oli tehty alle 70 %:lle vähintään 30 päivää avoinna olleista asiakkuuksista. Raja 70 %. "
            + "Tarkkaa lukua ei julkaista, koska tapauksia on vähän.");
    }

    [TestMethod]
    public void Detect_SuppressedClosures_DropTheZStatisticToo()
    {
        // 8/10 closures unplanned: complement 2 is small, the cell is suppressed; z would let a reader solve for it.
        var flags = Closures(8, 10, 60, 300);

        var flag = Single(flags, FlagRuleIds.UnplannedClosures);
        flag.Statistic.Should().BeNull();
        flag.EvidenceFi.Should().NotContain("z =").And.NotContain("80");
    }

    [TestMethod]
    public void Detect_Action_IsTheTemplateFilledWithTheEvidence()
    {
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 41, 100), Share(IndicatorIds.ClientPlanPct, "c01", 156, 200) };

        var flag = Single(Detect(values), FlagRuleIds.PlanMissing);

        flag.ActionFi.Should().StartWith("Alajärvi: asiakassuunnitelma oli tehty 41 % asiakkuuksista (hyvinvointialue 78 %).");
        flag.ActionSv.Should().StartWith("Alajärvi: en klientplan fanns för 41 % av klientrelationerna (välfärdsområdet 78 %).");
        flag.ActionEn.Should().StartWith("Alajärvi: a client plan had been made for 41% of cases (county 78%).");
    }

    [TestMethod]
    public void Detect_SameInput_SameFlags()
    {
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 41, 100), Share(IndicatorIds.UnplannedClosurePct, "010", 40, 100), Share(IndicatorIds.UnplannedClosurePct, "c01", 60, 300) };
        var input = Input(Result(values));

        FlagDetector.Detect(input, FlagOptions.Default).Should().BeEquivalentTo(FlagDetector.Detect(input, FlagOptions.Default), o => o.WithStrictOrdering());
    }

    [TestMethod]
    public void Detect_PeerGroupValue_IsQuotedOnlyWhenItPassesThePrimaryRule()
    {
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 41, 100), Share(IndicatorIds.ClientPlanPct, "010", 12, 30) };
        var peers = new Dictionary<string, string> { ["005"] = "P1", ["010"] = "P2" };
        var input = Input(Result(values)) with
        {
            PeerGroups = peers,
            PeerGroupValues =
            [
                new("P1", new IndicatorValue(Period, "r12", "peer_group", null, null, null, IndicatorIds.ClientPlanPct, 300, 400, 75, null, null, "pct")),
                new("P2", new IndicatorValue(Period, "r12", "peer_group", null, null, null, IndicatorIds.ClientPlanPct, 398, 400, 99.5, null, null, "pct")),
            ],
        };

        var flags = FlagDetector.Detect(input, FlagOptions.Default);

        var p1 = flags.Single(f => f.MunicipalityCode == "005");
        p1.PeerGroupId.Should().Be("P1");
        p1.PeerGroupValue.Should().Be(75);
        p1.EvidenceFi.Should().Contain("vertailuryhmä 75 %");
        var p2 = flags.Single(f => f.MunicipalityCode == "010");
        p2.PeerGroupValue.Should().BeNull("398 of 400 leaves a complement of 2");
        p2.EvidenceFi.Should().NotContain("vertailuryhmä");
    }

    [TestMethod]
    public void Detect_SuppressionThresholdFromInput_IsHonoured()
    {
        // 6/12 = 50 %: shown with the default 5, suppressed when the minimum cell count is 7.
        var values = new[] { Share(IndicatorIds.ClientPlanPct, "005", 6, 12) };
        var flag = Single(FlagDetector.Detect(Input(Result(values), minimumCellCount: 7), FlagOptions.Default), FlagRuleIds.PlanMissing);

        flag.Value.Should().BeNull();
    }
}
