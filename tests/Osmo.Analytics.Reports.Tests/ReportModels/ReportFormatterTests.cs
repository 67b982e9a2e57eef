using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.ReportModels;

namespace Osmo.Analytics.Reports.Tests.ReportModels;

[TestClass]
public sealed class ReportFormatterTests
{
    [TestMethod]
    [DataRow("fi", "41,2\u00a0%")]
    [DataRow("sv", "41,2\u00a0%")]
    [DataRow("en", "41.2%")]
    public void Percent_OneDecimalInLocale(string language, string expected) =>
        ReportFormatter.For(language, 5).Percent(41.2345).Should().Be(expected);

    [TestMethod]
    [DataRow("fi", "3.2.2025")]
    [DataRow("sv", "3.2.2025")]
    [DataRow("en", "3 February 2025")]
    public void Date_InLocale(string language, string expected) =>
        ReportFormatter.For(language, 5).Date(new DateOnly(2025, 2, 3)).Should().Be(expected);

    [TestMethod]
    [DataRow("fi", "lokakuu 2025")]
    [DataRow("sv", "oktober 2025")]
    [DataRow("en", "October 2025")]
    public void Month_InLocale(string language, string expected) =>
        ReportFormatter.For(language, 5).Month(new DateOnly(2025, 10, 1)).Should().Be(expected);

    [TestMethod]
    [DataRow("fi", "12\u00a0345")]
    [DataRow("en", "12,345")]
    public void Count_GroupsThousands(string language, string expected) =>
        ReportFormatter.For(language, 5).Count(12345).Should().Be(expected);

    [TestMethod]
    public void Change_NegativePercentPoints_UsesTheCulturesMinusAndPointUnit()
    {
        var fi = ReportFormatter.For("fi", 5);

        fi.Change(-2.46, IndicatorUnits.Pct).Should().Be("\u22122,5\u00a0%-yks.");
        fi.Change(24, IndicatorUnits.Client).Should().Be("+24");
        fi.Change(0.04, IndicatorUnits.Pct).Should().Be("±0,0\u00a0%-yks.");
        ReportFormatter.For("en", 5).Change(-2.46, IndicatorUnits.Pct).Should().Be("-2.5\u00a0pp");
    }

    [TestMethod]
    public void Suppressed_ShowsLessThanThresholdWithExplanation()
    {
        var v = ReportFormatter.For("fi", 5).Suppressed();

        v.Text.Should().Be("<5");
        v.Number.Should().BeNull();
        v.Html.Html.Should().StartWith("<abbr class=\"supp\" title=\"Alle 5: ").And.EndWith(">&lt;5</abbr>");
    }

    [TestMethod]
    public void NoData_ShowsDashWithExplanation()
    {
        var v = ReportFormatter.For("en", 5).Value(null);

        v.Text.Should().Be("–");
        v.IsNoData.Should().BeTrue();
        v.Html.Html.Should().Contain("title=\"No data: no cases to compute the figure from\"");
    }

    [TestMethod]
    [DataRow(IndicatorUnits.YesNo, 1.0, "kyllä")]
    [DataRow(IndicatorUnits.YesNo, 0.0, "ei")]
    [DataRow(IndicatorUnits.Days, 12.5, "12,5\u00a0vrk")]
    [DataRow(IndicatorUnits.HoursPerWeek, 20.0, "20\u00a0h/vko")]
    [DataRow(IndicatorUnits.Per1000, 7.25, "7,3")]
    [DataRow(IndicatorUnits.Case, 1234.0, "1\u00a0234")]
    public void Indicator_ByUnit(string unit, double value, string expected) =>
        ReportFormatter.For("fi", 5).Indicator(value, unit).Should().Be(expected);
}
