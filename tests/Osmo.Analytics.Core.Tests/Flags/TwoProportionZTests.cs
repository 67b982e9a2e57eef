using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

[TestClass]
public sealed class TwoProportionZTests
{
    [TestMethod]
    public void Compute_HandWorkedExample()
    {
        // p1 = .4, p2 = .2, pooled p = 100/400 = .25, se = sqrt(.1875 * (1/100 + 1/300)) = .05: z = 4.
        TwoProportionZ.Compute(40, 100, 60, 300)!.Value.Should().BeApproximately(4.0, 1e-12);
    }

    [TestMethod]
    [DataRow(0, 0, 5, 10, DisplayName = "empty first group")]
    [DataRow(0, 10, 0, 20, DisplayName = "no events at all")]
    [DataRow(10, 10, 20, 20, DisplayName = "all events")]
    public void Compute_WithoutVariance_IsNull(int x1, int n1, int x2, int n2) =>
        TwoProportionZ.Compute(x1, n1, x2, n2).Should().BeNull();
}
