using System.Globalization;
using Osmo.Analytics.Reports.Charts;

namespace Osmo.Analytics.Reports.Tests.Charts;

[TestClass]
public sealed class TrendChartTests
{
    [TestMethod]
    [DataRow(41.0, true, 60.0, 20.0)]   // raw step 10.25 -> 20; ceil(41/20) = 3 -> 60
    [DataRow(96.0, true, 100.0, 25.0)]  // raw 24 -> 25; 4 x 25 = 100
    [DataRow(130.0, false, 150.0, 50.0)] // raw 32.5 -> 50; ceil(130/50) = 3 -> 150
    [DataRow(0.0, false, 4.0, 1.0)]
    public void Scale_NiceTopAndStep(double max, bool isPercent, double top, double step) =>
        TrendChart.Scale(max, isPercent).Should().Be((top, step));

    [TestMethod]
    public void Render_GapInSeries_BreaksTheLineInsteadOfDrawingZero()
    {
        var svg = TrendChart.Render("c1", "T", "D", ["1", "2", "3", "4"], [new ChartSeries("A", [10, null, 20, 30])], v => v.ToString(CultureInfo.InvariantCulture), false).Html;

        var path = svg[(svg.IndexOf("class=\"series\" d=\"", StringComparison.Ordinal) + 18)..];
        path = path[..path.IndexOf('"', StringComparison.Ordinal)];
        path.Split('M', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "the null month splits the line in two");
        svg.Split("<circle").Should().HaveCount(4, "three shown months get a marker");
    }

    [TestMethod]
    public void Render_IsAnImageLabelledByItsEscapedTitleAndDescription()
    {
        var svg = TrendChart.Render("trend-x", "A & <B>", "desc \"q\"", ["1"], [new ChartSeries("<i>", [1])], v => "0", false).Html;

        svg.Should().StartWith("<svg class=\"trend\" role=\"img\" aria-labelledby=\"trend-x-title trend-x-desc\"");
        svg.Should().Contain("<title id=\"trend-x-title\">A &amp; &lt;B&gt;</title>");
        svg.Should().Contain("<desc id=\"trend-x-desc\">desc &quot;q&quot;</desc>");
        svg.Should().Contain("&lt;i&gt;").And.NotContain("<i>");
    }
}
