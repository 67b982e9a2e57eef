using Osmo.Analytics.Indicators;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

[TestClass]
public sealed class IndicatorFramesTests
{
    // "counting" scenario, r12 (Nov 2024 - Oct 2025): 005 = {A, B, D} 3, 010 = {A} 1, 020 = {C} 1 active clients.
    [TestMethod]
    public void MunicipalityR12_Counting_RowsPerMunicipalityColumnsInCatalogOrder()
    {
        var frame = IndicatorFrames.MunicipalityR12(IndicatorScenarios.Get("counting").Values);

        frame.RowKeys.Should().Equal("005", "010", "020");
        frame.ColumnKeys.Take(3).Should().Equal(IndicatorIds.ActiveClients, IndicatorIds.NewCases, IndicatorIds.ClosedCases);
        frame.ColumnKeys.Should().Contain(IndicatorIds.HasClientPanel);
        var active = frame.GetColumn<double>(IndicatorIds.ActiveClients);
        active.Get("005").Should().Be(3);
        active.Get("010").Should().Be(1);
        active.Get("020").Should().Be(1);
        // No need estimates: reach is null, which the frame holds as a missing value.
        frame.GetColumn<double>(IndicatorIds.ReachPct).TryGet("005").HasValue.Should().BeFalse();
    }

    [TestMethod]
    public void MunicipalityByTargetGroupR12_Counting_PivotsTargetGroups()
    {
        var frame = IndicatorFrames.MunicipalityByTargetGroupR12(IndicatorScenarios.Get("counting").Values, IndicatorIds.ActiveClients);

        frame.ColumnKeys.Should().Equal("ue", "ya");
        frame.GetColumn<double>("ya").Get("005").Should().Be(2); // A1, D1
        frame.GetColumn<double>("ue").Get("005").Should().Be(1); // B1
        frame.GetColumn<double>("ue").TryGet("010").HasValue.Should().BeFalse(); // no such cell written
    }

    [TestMethod]
    public void MonthlySeries_NewCasesAll_24MonthsAscending()
    {
        var series = IndicatorFrames.MonthlySeries(IndicatorScenarios.Get("counting").Values, IndicatorIds.NewCases, IndicatorLevels.All, null, null, null);

        series.Keys.Should().Equal(Enumerable.Range(0, 24).Select(i => D("2023-11-01").AddMonths(i)));
        series.Get(D("2024-06-01")).Should().Be(1); // C1
        series.Get(D("2025-10-01")).Should().Be(2); // A2, D1
        series.Get(D("2025-01-01")).Should().Be(1); // B1
    }
}
