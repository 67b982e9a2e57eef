using System.ComponentModel.DataAnnotations;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

[TestClass]
public sealed partial class IndicatorDisclosureTests
{
    private static readonly DisclosureOptions Defaults = new();

    private static PublishedIndicator SuppressOne(IndicatorValue value, DisclosureOptions? options = null) =>
        IndicatorDisclosure.Suppress([value], options ?? Defaults).Single();

    [TestMethod]
    [DataRow(0L, false, DisplayName = "zero is shown")]
    [DataRow(1L, true)]
    [DataRow(4L, true)]
    [DataRow(5L, false, DisplayName = "5 is the smallest shown count")]
    public void Suppress_Count_SuppressesOneToFour(long count, bool expected)
    {
        var published = SuppressOne(IndicatorValues.Count(count));

        published.IsSuppressed.Should().Be(expected);
        published.Value.Should().Be(expected ? null : count);
        published.Numerator.Should().Be(expected ? null : count);
    }

    [TestMethod]
    [DataRow(1L, 100L, DisplayName = "numerator 1")]
    [DataRow(4L, 100L, DisplayName = "numerator 4")]
    [DataRow(0L, 1L, DisplayName = "denominator 1")]
    [DataRow(0L, 4L, DisplayName = "denominator 4 (complement 4 too)")]
    [DataRow(99L, 100L, DisplayName = "complement 1")]
    [DataRow(98L, 100L, DisplayName = "complement 2: 98 of 100 tells that 2 did not")]
    [DataRow(96L, 100L, DisplayName = "complement 4")]
    [DataRow(3L, 3L, DisplayName = "numerator and denominator 3, complement 0")]
    public void Suppress_ShareWithSmallPart_IsSuppressedWithAllNumbersNull(long numerator, long denominator)
    {
        var published = SuppressOne(IndicatorValues.Share(numerator, denominator));

        published.IsSuppressed.Should().BeTrue();
        published.IsNoData.Should().BeFalse();
        published.Numerator.Should().BeNull();
        published.Denominator.Should().BeNull();
        published.Value.Should().BeNull();
        published.CiLow.Should().BeNull();
        published.CiHigh.Should().BeNull();
    }

    [TestMethod]
    [DataRow(5L, 100L, 5.0, DisplayName = "numerator 5")]
    [DataRow(95L, 100L, 95.0, DisplayName = "complement 5")]
    [DataRow(0L, 20L, 0.0, DisplayName = "numerator 0, complement 20")]
    [DataRow(20L, 20L, 100.0, DisplayName = "complement 0 is shown like a zero count")]
    public void Suppress_ShareWithNoSmallPart_IsShown(long numerator, long denominator, double expectedValue)
    {
        var published = SuppressOne(IndicatorValues.Share(numerator, denominator));

        published.IsSuppressed.Should().BeFalse();
        published.Numerator.Should().Be(numerator);
        published.Denominator.Should().Be(denominator);
        published.Value.Should().Be(expectedValue);
        published.CiLow.Should().Be(10);
        published.CiHigh.Should().Be(90);
    }

    [TestMethod]
    public void Suppress_ZeroOverZero_IsNoDataNotSuppressed()
    {
        var published = SuppressOne(IndicatorValues.Share(0, 0));

        published.IsSuppressed.Should().BeFalse();
        published.IsNoData.Should().BeTrue();
        published.Value.Should().BeNull();
        published.Numerator.Should().Be(0);
        published.Denominator.Should().Be(0);
    }

    [TestMethod]
    public void Suppress_ShareWithoutValueButSmallNumerator_IsStillSuppressed()
    {
        // The value is null yet the numerator 3 would be published: the counts decide, not the value.
        var value = IndicatorValues.Share(3, 50) with { Value = null };

        SuppressOne(value).IsSuppressed.Should().BeTrue();
    }

    [TestMethod]
    public void Suppress_ShareWithValueButNoNumerator_FailsClosed()
    {
        var value = IndicatorValues.Share(null, 50, value: 40.0);

        SuppressOne(value).IsSuppressed.Should().BeTrue();
    }

    [TestMethod]
    [DataRow(4L, true)]
    [DataRow(5L, false)]
    public void Suppress_Mean_SuppressedWhenNBelowFive(long n, bool expected)
    {
        var published = SuppressOne(IndicatorValues.Mean(n));

        published.IsSuppressed.Should().Be(expected);
        published.Value.Should().Be(expected ? null : 1.5);
        published.Denominator.Should().Be(expected ? null : n);
    }

    [TestMethod]
    public void Suppress_MeanWithoutN_FailsClosed()
    {
        SuppressOne(IndicatorValues.Mean(null)).IsSuppressed.Should().BeTrue();
    }

    [TestMethod]
    public void Suppress_ReferenceFactOfOne_IsShown()
    {
        var published = SuppressOne(IndicatorValues.Count(1, id: "low_threshold_points"));

        published.IsSuppressed.Should().BeFalse();
        published.Value.Should().Be(1);
    }

    [TestMethod]
    [DataRow(2L, true)]
    [DataRow(3L, false)]
    public void Suppress_ThresholdThree_CountsBelowThreeSuppressed(long count, bool expected)
    {
        var options = new DisclosureOptions { MinimumCellCount = 3 };

        SuppressOne(IndicatorValues.Count(count), options).IsSuppressed.Should().Be(expected);
    }

    [TestMethod]
    [DataRow(98L, 100L, true, DisplayName = "complement 2 < 3")]
    [DataRow(97L, 100L, false, DisplayName = "complement 3")]
    [DataRow(4L, 100L, false, DisplayName = "numerator 4 shown at threshold 3")]
    public void Suppress_ThresholdThree_ShareComplementRuleFollowsThreshold(long numerator, long denominator, bool expected)
    {
        var options = new DisclosureOptions { MinimumCellCount = 3 };

        SuppressOne(IndicatorValues.Share(numerator, denominator), options).IsSuppressed.Should().Be(expected);
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(101)]
    public void Suppress_InvalidThreshold_IsRejected(int threshold)
    {
        var options = new DisclosureOptions { MinimumCellCount = threshold };

        var act = () => IndicatorDisclosure.Suppress([IndicatorValues.Count(1)], options);

        act.Should().Throw<ValidationException>().WithMessage("*MinimumCellCount*");
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(100)]
    public void Validate_ThresholdAtRangeEnds_IsAccepted(int threshold)
    {
        var act = () => new DisclosureOptions { MinimumCellCount = threshold }.Validate();

        act.Should().NotThrow();
    }

    [TestMethod]
    public void DisclosureOptions_Default_IsFive()
    {
        new DisclosureOptions().MinimumCellCount.Should().Be(5);
    }

    [TestMethod]
    public void Suppress_Table_KeepsOrderAndLevelKeys()
    {
        // One row per key (the grain): the 7 is another target group. No totals, so no secondary suppression.
        IndicatorValue[] values = [IndicatorValues.Count(7) with { TargetGroup = "substance_use" }, IndicatorValues.Count(2), IndicatorValues.Share(0, 0)];

        var published = IndicatorDisclosure.Suppress(values, Defaults);

        published.Select(p => (p.IsSuppressed, p.Value)).Should().Equal((false, 7.0), (true, (double?)null), (false, null));
        published[1].Should().BeEquivalentTo(new
        {
            Period = new DateOnly(2025, 10, 1),
            Window = "r12",
            Level = "municipality_x_target_group",
            WellbeingCounty = "01",
            MunicipalityCode = "005",
            TargetGroup = "homeless",
            IndicatorId = "active_clients",
            Unit = "client",
        });
    }

    [TestMethod]
    public void Suppress_WithCustomClassifier_UsesIt()
    {
        // A catalog that calls everything a reference fact suppresses nothing.
        var published = IndicatorDisclosure.Suppress([IndicatorValues.Count(2)], Defaults, _ => IndicatorMeasure.ReferenceFact);

        published.Single().IsSuppressed.Should().BeFalse();
    }

    [TestMethod]
    public void Restrict_SmallCount_KeepsNumbersAndMarksSuppressed()
    {
        var restricted = IndicatorDisclosure.Restrict([IndicatorValues.Count(2), IndicatorValues.Share(50, 100)], Defaults);

        restricted.Select(r => (r.IsSuppressed, r.Numerator, r.Value))
            .Should().Equal((true, 2L, 2.0), (false, 50L, 50.0));
    }
}
