using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Flags.FlagTestData;

namespace Osmo.Analytics.Core.Tests.Flags;

/// <summary>SG share rules on hand-made r12 tables (county 01 = 005 + 010). Partial files per rule family.</summary>
[TestClass]
public sealed partial class FlagDetectorTests
{
    private static IEnumerable<IndicatorValue> Plan(string key, long num, long den) => [Share(IndicatorIds.ClientPlanPct, key, num, den)];

    private static Flag Single(IReadOnlyList<Flag> flags, string rule) => flags.Should().ContainSingle(f => f.Rule == rule).Subject;

    [TestMethod]
    [DataRow(12, 30, "high", DisplayName = "40 % < 50: high")]
    [DataRow(18, 30, "medium", DisplayName = "60 %: medium")]
    [DataRow(20, 30, "medium", DisplayName = "66.7 %: medium")]
    public void Detect_PlanBelowThreshold_RaisesWithSeverity(int num, int den, string severity)
    {
        var flags = Detect([.. Plan("005", num, den), .. Plan("c01", 150, 200)]);

        var flag = Single(flags, FlagRuleIds.PlanMissing);
        flag.Should().BeEquivalentTo(new { Level = "municipality", WellbeingCounty = "01", MunicipalityCode = "005", TargetGroup = (string?)null, Severity = severity });
    }

    [TestMethod]
    [DataRow(FlagRuleIds.PlanMissing, IndicatorIds.ClientPlanPct, 21, 30, DisplayName = "plan 70 % = threshold")]
    [DataRow(FlagRuleIds.AssessmentLate, IndicatorIds.AssessmentDone3MPct, 24, 30, DisplayName = "assessment 80 %")]
    [DataRow(FlagRuleIds.AssessmentStartLate, IndicatorIds.AssessmentStart7WdPct, 27, 30, DisplayName = "start 90 %")]
    [DataRow(FlagRuleIds.MeterLoss, IndicatorIds.MeterFollowUpLossPct, 15, 30, DisplayName = "loss 50 %")]
    public void Detect_ShareExactlyAtThreshold_RaisesNothing(string rule, string indicator, int num, int den)
    {
        var flags = Detect([Share(indicator, "005", num, den)]);

        flags.Should().NotContain(f => f.Rule == rule);
    }

    [TestMethod]
    [DataRow(FlagRuleIds.PlanMissing, IndicatorIds.ClientPlanPct, 0, 9, DisplayName = "plan 0 of 9")]
    [DataRow(FlagRuleIds.AssessmentLate, IndicatorIds.AssessmentDone3MPct, 1, 9, DisplayName = "assessment 1 of 9")]
    [DataRow(FlagRuleIds.AssessmentStartLate, IndicatorIds.AssessmentStart7WdPct, 2, 9, DisplayName = "start 2 of 9")]
    [DataRow(FlagRuleIds.MeterLoss, IndicatorIds.MeterFollowUpLossPct, 9, 9, DisplayName = "loss 9 of 9")]
    public void Detect_DenominatorUnderMinN_RaisesNothing(string rule, string indicator, int num, int den)
    {
        var flags = Detect([Share(indicator, "005", num, den)]);

        flags.Should().NotContain(f => f.Rule == rule);
    }

    [TestMethod]
    [DataRow(FlagRuleIds.AssessmentLate, IndicatorIds.AssessmentDone3MPct, 23, 30, "medium", DisplayName = "assessment 76.7 %")]
    [DataRow(FlagRuleIds.AssessmentLate, IndicatorIds.AssessmentDone3MPct, 17, 30, "high", DisplayName = "assessment 56.7 % < 60")]
    [DataRow(FlagRuleIds.AssessmentStartLate, IndicatorIds.AssessmentStart7WdPct, 39, 45, "medium", DisplayName = "start 86.7 %")]
    [DataRow(FlagRuleIds.AssessmentStartLate, IndicatorIds.AssessmentStart7WdPct, 20, 30, "high", DisplayName = "start 66.7 % < 70")]
    [DataRow(FlagRuleIds.MeterLoss, IndicatorIds.MeterFollowUpLossPct, 16, 30, "medium", DisplayName = "loss 53.3 %")]
    [DataRow(FlagRuleIds.MeterLoss, IndicatorIds.MeterFollowUpLossPct, 22, 30, "high", DisplayName = "loss 73.3 % > 70")]
    public void Detect_ShareBeyondThreshold_RaisesRuleWithSeverity(string rule, string indicator, int num, int den, string severity)
    {
        var flags = Detect([Share(indicator, "010", num, den)]);

        var flag = Single(flags, rule);
        flag.Should().BeEquivalentTo(new { MunicipalityCode = "010", Severity = severity, IndicatorId = indicator, N = (long?)den });
    }

    [TestMethod]
    public void Detect_TargetGroupCellWithIntervalBeyondThreshold_Raises()
    {
        // 5/25 = 20 %: Wilson 95 % interval about 8.9-39.1, wholly below 70.
        var flags = Detect(Plan("005/ya", 5, 25));

        Single(flags, FlagRuleIds.PlanMissing).Should().BeEquivalentTo(
            new { Level = "municipality_x_target_group", MunicipalityCode = "005", TargetGroup = "ya", Severity = "high" });
    }

    [TestMethod]
    public void Detect_TargetGroupCellBelowThresholdButIntervalAcrossIt_RaisesNothing()
    {
        // 61/70 = 87.1 % against the 90 % start standard: Wilson interval about 77.3-93.1 still holds 90.
        var flags = Detect([Share(IndicatorIds.AssessmentStart7WdPct, "005/ya", 61, 70)]);

        flags.Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_TargetGroupGuardOff_RaisesOnThePlainThreshold()
    {
        var flags = Detect([Share(IndicatorIds.AssessmentStart7WdPct, "005/ya", 61, 70)], FlagOptions.Default with { TargetGroupRequiresInterval = false });

        Single(flags, FlagRuleIds.AssessmentStartLate).Severity.Should().Be("medium");
    }

    [TestMethod]
    public void Detect_PlanStockBelowForFiveMonths_CountsFiveMonthsInRow()
    {
        // client_plan_pct is a stock at the window end: r12 ending at month m = the month-m window. Months 1-4 back
        // are below 70 (10/30), month 5 back is fine (25/30): the run is the period + 4 months = 5, from month 4 back.
        var values = new List<IndicatorValue>(Plan("005", 10, 30));
        for (var back = 0; back < 24; back++)
        {
            values.Add(Share(IndicatorIds.ClientPlanPct, "005", back <= 4 ? 10 : 25, 30, "month", back));
        }

        var flag = Single(Detect(values), FlagRuleIds.PlanMissing);

        flag.MonthsInRow.Should().Be(5);
        flag.FirstSeen.Should().Be(new DateOnly(2025, 6, 1));
    }

    [TestMethod]
    public void Detect_FlowBelowInEveryMonth_RunIsCappedAtThirteen()
    {
        // assessment_done_3m_pct adds up over months: 5/10 each month, r12 = 60/120 = 50 %. The r12 of month m needs
        // months m-11..m, so of the 24 trend months only the last 13 can be judged: run 13, first seen 12 months back.
        var values = new List<IndicatorValue> { Share(IndicatorIds.AssessmentDone3MPct, "005", 60, 120) };
        for (var back = 0; back < 24; back++)
        {
            values.Add(Share(IndicatorIds.AssessmentDone3MPct, "005", 5, 10, "month", back));
        }

        var flag = Single(Detect(values), FlagRuleIds.AssessmentLate);

        flag.MonthsInRow.Should().Be(13);
        flag.FirstSeen.Should().Be(new DateOnly(2024, 10, 1));
        flag.Severity.Should().Be("high");
    }

    [TestMethod]
    public void Detect_FlowNewThisMonth_FirstSeenIsThePeriod()
    {
        // Months 0-2 back 0/10, months 3-23 back 10/10. r12 now: 90/120 = 75 % < 80. A month earlier the window
        // (1-12 back) held 100/120 = 83.3 %: no flag then, so the run is 1.
        var values = new List<IndicatorValue> { Share(IndicatorIds.AssessmentDone3MPct, "005", 90, 120) };
        for (var back = 0; back < 24; back++)
        {
            values.Add(Share(IndicatorIds.AssessmentDone3MPct, "005", back <= 2 ? 0 : 10, 10, "month", back));
        }

        var flag = Single(Detect(values), FlagRuleIds.AssessmentLate);

        flag.MonthsInRow.Should().Be(1);
        flag.FirstSeen.Should().Be(Period);
    }

    [TestMethod]
    public void Detect_Options_AreValidated()
    {
        var act = () => Detect([], FlagOptions.Default with { PlanMissingHighBelow = 80 });

        act.Should().Throw<ArgumentException>().WithMessage("*plan_missing_high_below*");
    }

    [TestMethod]
    public void Detect_Ordering_SeverityThenRuleThenMunicipalityThenTargetGroup()
    {
        var flags = Detect(
        [
            Share(IndicatorIds.MeterFollowUpLossPct, "010", 16, 30),   // medium SG_METER_LOSS 010
            Share(IndicatorIds.ClientPlanPct, "010", 18, 30),          // medium SG_PLAN_MISSING 010
            Share(IndicatorIds.ClientPlanPct, "005/ya", 5, 25),        // high SG_PLAN_MISSING 005/ya
            Share(IndicatorIds.ClientPlanPct, "005", 10, 30),          // high SG_PLAN_MISSING 005
            Share(IndicatorIds.AssessmentDone3MPct, "020", 10, 30),    // high SG_ASSESSMENT_LATE 020
        ]);

        flags.Select(f => (f.Severity, f.Rule, f.MunicipalityCode, f.TargetGroup)).Should().Equal(
            ("high", FlagRuleIds.AssessmentLate, "020", null),
            ("high", FlagRuleIds.PlanMissing, "005", null),
            ("high", FlagRuleIds.PlanMissing, "005", "ya"),
            ("medium", FlagRuleIds.PlanMissing, "010", null),
            ("medium", FlagRuleIds.MeterLoss, "010", null));
    }
}
