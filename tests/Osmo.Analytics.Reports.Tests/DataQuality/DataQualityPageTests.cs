using Osmo.Analytics.Model;
using Osmo.Analytics.Reports.DataQuality;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.Tests.DataQuality;

[TestClass]
public sealed class DataQualityPageTests
{
    private static readonly string ShippedTemplates = Path.Combine(AppContext.BaseDirectory, "templates");

    [TestMethod]
    public void Render_ShippedTemplate_ShowsCountsInFinnishFormatAndEscapesInputText()
    {
        var byReason = QuarantineReasons.All.ToDictionary(r => r.Code(), _ => 0L);
        byReason["bad_value"] = 1200;
        byReason["direct_identifier"] = 34;
        var file = new InputFileReport("cases.csv", "cases", "ab", 10, "utf-8", ";", 12345, 11111, 1234, byReason, ["<script>alert(1)</script>"], null);
        var issue = new RowIssue("cases.csv", 17, "opened_on", QuarantineReason.BadValue, "opened_on: '31.2.2025' is not a date", "x");
        var model = new DataQualityModel("run", "2025-10", new DateOnly(2025, 11, 5), "abc123", [file], RowTotals.Sum([file]), new Dictionary<string, long> { ["henkilotunnus"] = 34 }, [issue], []);

        var html = DataQualityPage.Render(new TemplateRenderer(ShippedTemplates), model);

        // fi-FI groups thousands with a no-break space (U+00A0), which the encoder writes as &#xA0;.
        html.Should().Contain("12&#xA0;345").And.Contain("11&#xA0;111").And.Contain("1&#xA0;234");
        html.Should().Contain("lokakuu 2025").And.Contain("5.11.2025");
        html.Should().Contain("Puuttuva tai virheellinen arvo: 1&#xA0;200");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script>");
        html.Should().Contain("<td class=\"num\">17</td>").And.Contain("&#x27;31.2.2025&#x27; is not a date");
        html.Should().Contain("Jokaisen tiedoston rivit täsmäävät");
    }

    [TestMethod]
    public void Render_CountsThatDoNotReconcile_SaysSo()
    {
        var byReason = QuarantineReasons.All.ToDictionary(r => r.Code(), _ => 0L);
        var file = new InputFileReport("cases.csv", "cases", "ab", 10, "utf-8", ";", 10, 5, 4, byReason, [], null);
        var model = new DataQualityModel("validate", null, new DateOnly(2025, 11, 5), "abc", [file], RowTotals.Sum([file]), new Dictionary<string, long>(), [], []);

        DataQualityPage.Render(new TemplateRenderer(ShippedTemplates), model).Should().Contain("Rivimäärät eivät täsmää");
    }
}
