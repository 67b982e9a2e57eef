using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

public sealed partial class FlagDetectorTests
{
    private static IEnumerable<IndicatorValue> Rehab(string key, long active, long decisions, string window = "r12", int back = 0) =>
    [
        Count(IndicatorIds.ActiveClients, key, active, window, back),
        Count(IndicatorIds.SocialRehabDecisions, key, decisions, window, back, "decision"),
    ];

    [TestMethod]
    public void Detect_TargetGroupWithTwentyFiveClientsAndNoRehab_RaisesMedium()
    {
        var flag = Single(Detect(Rehab("005/ue", 25, 0)), FlagRuleIds.NoSocialRehab);

        flag.Should().BeEquivalentTo(new { Level = "municipality_x_target_group", MunicipalityCode = "005", TargetGroup = "ue", Severity = "medium", N = (long?)25 });
        flag.EvidenceFi.Should().Be("Alajärvi, pitkäaikaistyöttömät: kohderyhmässä oli 12 kuukauden aikana 25 aktiivista asiakasta, mutta yhtään sosiaalisen kuntoutuksen päätöstä ei tehty.");
    }

    [TestMethod]
    [DataRow(19, 0, DisplayName = "19 clients: under 20")]
    [DataRow(25, 1, DisplayName = "one decision")]
    public void Detect_NoSocialRehabNearMisses_RaiseNothing(int active, int decisions)
    {
        Detect(Rehab("005/ue", active, decisions)).Should().NotContain(f => f.Rule == FlagRuleIds.NoSocialRehab);
    }

    [TestMethod]
    public void Detect_NoSocialRehabPersistence_UsesTheLargestMonthAndTheDecisionSum()
    {
        // 25 clients a month throughout; a decision 13 months back: the windows ending 0 and 1 month back have none,
        // the one ending 2 months back (months 2-13) holds it. Run 2.
        var values = new List<IndicatorValue>(Rehab("005/ue", 40, 0));
        for (var back = 0; back < 24; back++)
        {
            values.AddRange(Rehab("005/ue", 25, back == 13 ? 1 : 0, "month", back));
        }

        Single(Detect(values), FlagRuleIds.NoSocialRehab).MonthsInRow.Should().Be(2);
    }

    [TestMethod]
    public void Detect_MunicipalityWithoutParticipationStructures_RaisesMedium()
    {
        var flags = Detect(
        [
            .. InData("005", "010"),
            YesNo(IndicatorIds.HasClientPanel, "005", false), YesNo(IndicatorIds.HasDeveloperClients, "005", false), YesNo(IndicatorIds.UsesExperienceExperts, "005", false),
            YesNo(IndicatorIds.HasClientPanel, "010", true), YesNo(IndicatorIds.HasDeveloperClients, "010", false), YesNo(IndicatorIds.UsesExperienceExperts, "010", false),
        ]);

        flags.Where(f => f.Rule == FlagRuleIds.NoParticipationStructure).Select(f => (f.MunicipalityCode, f.Severity, f.Level))
            .Should().Equal(("005", "medium", "municipality"));
    }

    [TestMethod]
    public void Detect_ResultWithoutStructureRows_RaisesNoStructureFlag()
    {
        Detect(InData("005")).Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_MunicipalityNotInTheData_RaisesNoStructureFlag()
    {
        // Akaa (020) has no active client: a municipality missing from the export is not judged.
        var flags = Detect([Count(IndicatorIds.ActiveClients, "020", 0), YesNo(IndicatorIds.HasClientPanel, "020", false)]);

        flags.Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_StructurePersistence_RunsWhileNoMonthOfTheWindowHadAStructure()
    {
        // A client panel met 14 months back: windows ending 0-2 months back (months 0-11, 1-12, 2-13) hold none;
        // the window ending 3 months back (3-14) holds it. Run 3, first seen 2 months back.
        var values = new List<IndicatorValue>(InData("005")) { YesNo(IndicatorIds.HasClientPanel, "005", false) };
        for (var back = 0; back < 24; back++)
        {
            values.Add(Count(IndicatorIds.ActiveClients, "005", 100, "month", back));
            values.Add(YesNo(IndicatorIds.HasClientPanel, "005", back == 14, "month", back));
        }

        var flag = Single(Detect(values), FlagRuleIds.NoParticipationStructure);
        flag.MonthsInRow.Should().Be(3);
        flag.FirstSeen.Should().Be(new DateOnly(2025, 8, 1));
    }
}
