using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Indicators;

[TestClass]
public sealed class StudentTTests
{
    // Reference quantiles computed independently with mpmath (30 digits: findroot on the regularised
    // incomplete beta); they agree with printed t tables (2.776, 2.045, 12.706, 1.962).
    [TestMethod]
    [DataRow(0.975, 1.0, 12.7062047362)]
    [DataRow(0.975, 2.0, 4.30265272975)]
    [DataRow(0.975, 4.0, 2.7764451052)]
    [DataRow(0.975, 9.0, 2.2621571628)]
    [DataRow(0.975, 29.0, 2.04522964213)]
    [DataRow(0.95, 10.0, 1.81246112281)]
    [DataRow(0.975, 1000.0, 1.96233908083)]
    [DataRow(0.975, 100000.0, 1.95998770753)]
    [DataRow(0.025, 4.0, -2.7764451052)]
    public void InverseCdf_KnownQuantiles_Match(double p, double df, double expected) =>
        StudentT.InverseCdf(p, df).Should().BeApproximately(expected, 1e-8);

    [TestMethod]
    public void InverseCdf_HugeDf_TendsToNormal() =>
        StudentT.InverseCdf(0.975, 1e9).Should().BeApproximately(1.959963984540054, 1e-8);

    [TestMethod]
    public void Cdf_AtZero_IsHalf() => StudentT.Cdf(0, 7).Should().BeApproximately(0.5, 1e-15);

    [TestMethod]
    public void Cdf_OneDf_IsCauchy()
    {
        // t with 1 df is Cauchy: F(t) = 1/2 + atan(t)/pi; F(1) = 0.75.
        StudentT.Cdf(1, 1).Should().BeApproximately(0.75, 1e-12);
    }

    [TestMethod]
    [DataRow(0.975, 1.959963984540054)]
    [DataRow(0.995, 2.57582930355)]
    [DataRow(0.01, -2.32634787404)]
    public void NormalInverseCdf_KnownQuantiles_Match(double p, double expected) =>
        StandardNormal.InverseCdf(p).Should().BeApproximately(expected, 1e-8);
}
