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
    public void Classify_ReferenceFileFact_IsReferenceFact(string id)
    {
        IndicatorMeasures.Classify(IndicatorValues.Count(1, id)).Should().Be(IndicatorMeasure.ReferenceFact);
    }
}
