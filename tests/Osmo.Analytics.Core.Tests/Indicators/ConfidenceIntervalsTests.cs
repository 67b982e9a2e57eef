using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Indicators;

[TestClass]
public sealed class ConfidenceIntervalsTests
{
    // Wilson: centre = (p + z²/2n) / (1 + z²/n), half = z √(p(1-p)/n + z²/4n²) / (1 + z²/n), z = 1.959963984540054.
    // 41/100: p = .41, z² = 3.841459, 1 + z²/n = 1.0384146, centre = (.41 + .0192073) / 1.0384146 = .4133293,
    // half = 1.959964 x √(.002419 + .0000960365) / 1.0384146 = .0946563 -> [31.867313, 50.798570] (mpmath, 30 digits).
    [TestMethod]
    [DataRow(41L, 100L, 31.86731302, 50.79856995)]
    [DataRow(0L, 10L, 0.0, 27.75327999)]
    [DataRow(10L, 10L, 72.24672001, 100.0)]
    [DataRow(1L, 2L, 9.453120573, 90.54687943)]
    [DataRow(3L, 4L, 30.06418426, 95.44127392)]
    public void WilsonPct_KnownValues_Match(long num, long den, double low, double high)
    {
        var ci = ConfidenceIntervals.WilsonPct(num, den);

        ci.Should().NotBeNull();
        ci!.Value.Low.Should().BeApproximately(low, 1e-6);
        ci.Value.High.Should().BeApproximately(high, 1e-6);
    }

    [TestMethod]
    [DataRow(0L, 0L)]
    [DataRow(5L, 4L)]
    public void WilsonPct_NoDenominatorOrAboveIt_IsNull(long num, long den) =>
        ConfidenceIntervals.WilsonPct(num, den).Should().BeNull();

    [TestMethod]
    public void MeanT_FiveValues_UsesT4()
    {
        // Values 1..5: mean 3, sd = √2.5 = 1.5811388, half = 2.7764451 x 1.5811388 / √5 = 1.9632432.
        var ci = ConfidenceIntervals.MeanT(5, 3, Math.Sqrt(2.5));

        ci!.Value.Low.Should().BeApproximately(3 - 1.9632432, 1e-6);
        ci.Value.High.Should().BeApproximately(3 + 1.9632432, 1e-6);
    }
}
