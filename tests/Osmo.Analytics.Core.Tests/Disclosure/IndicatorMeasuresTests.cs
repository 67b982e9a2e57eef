using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.Core.Tests.Disclosure;

[TestClass]
public sealed class IndicatorMeasuresTests
{
    [TestMethod]
    public void Classify_NoDenominator_IsCount()
    {
        IndicatorMeasures.Classify(IndicatorValues.Count(3)).Should().Be(IndicatorMeasure.Count);
    }

    [TestMethod]
    public void Classify_WithDenominator_IsShare()
    {
        IndicatorMeasures.Classify(IndicatorValues.Share(3, 10)).Should().Be(IndicatorMeasure.Share);
    }

    [TestMethod]
    [DataRow("meter_change_mean", "score")]
    [DataRow("days_to_plan_median", "days")]
    [DataRow("group_attendance", "mean")]
    [DataRow("something", "Median_days")]
    public void Classify_MeanIdOrUnit_IsMean(string id, string unit)
    {
        var value = IndicatorValues.Share(10, 20) with { IndicatorId = id, Unit = unit };

        IndicatorMeasures.Classify(value).Should().Be(IndicatorMeasure.Mean);
    }

    [TestMethod]
    [DataRow("has_client_panel")]
    [DataRow("low_threshold_hours")]
    [DataRow("group_sessions_held")]
    [DataRow("groups_active")]
    [DataRow("groups_experience_expert_pct")]
    public void Classify_ReferenceFileFactOrSessionCount_IsReferenceFact(string id)
    {
        IndicatorMeasures.Classify(IndicatorValues.Count(1, id)).Should().Be(IndicatorMeasure.ReferenceFact);
    }

    [TestMethod]
    [DataRow(2.0, 10L, true)]   // a mean head count of 2 over 10 sessions: two people came
    [DataRow(6.5, 10L, false)]
    [DataRow(6.5, 4L, true)]    // four sessions are too few
    public void IsSuppressed_MeanHeadCount_HiddenBelowTheThresholdOrOnFewSessions(double mean, long sessions, bool hidden)
    {
        var value = new Osmo.Analytics.Indicators.IndicatorValue(new DateOnly(2025, 10, 1), "r12", "municipality", "01", "005", null,
            "group_attendance_mean", (long)(mean * sessions), sessions, mean, null, null, "participants_per_session");

        PrimarySuppression.IsSuppressed(value, IndicatorMeasures.Classify(value), 5).Should().Be(hidden);
    }
}
