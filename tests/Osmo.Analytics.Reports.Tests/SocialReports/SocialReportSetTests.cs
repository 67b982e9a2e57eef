using Osmo.Analytics.Reports.Rendering;
using Osmo.Analytics.Reports.SocialReports;

namespace Osmo.Analytics.Reports.Tests.SocialReports;

[TestClass]
public sealed class SocialReportSetTests
{
    [TestMethod]
    public void Render_BasicModel_WritesIndexCountyAndMunicipalities()
    {
        var pages = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), "fi");

        pages.Select(p => p.RelativePath).Should().Equal(
            "reports/index.html", "reports/county-16.html", "reports/municipality-005.html", "reports/municipality-010.html",
            "reports/municipality-145.html");
        Dump(pages);
    }

    [TestMethod]
    [DataRow("fi")]
    [DataRow("sv")]
    [DataRow("en")]
    public void Render_GroupNamedScript_IsEscapedOnEveryPage(string language)
    {
        var pages = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), language);

        pages.Single(p => p.RelativePath == "reports/municipality-005.html").Html
            .Should().Contain("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>");
        pages.Should().AllSatisfy(p => p.Html.Should().NotContainAny("<script", "<SCRIPT"));
    }

    [TestMethod]
    [DataRow("fi", "lang=\"fi\"", "Yhteenveto")]
    [DataRow("sv", "lang=\"sv\"", "Sammanfattning")]
    [DataRow("en", "lang=\"en\"", "Summary")]
    public void Render_EachLanguage_SetsLangAndUsesItsTexts(string language, string langAttribute, string summaryHeading)
    {
        var html = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), language)
            .Single(p => p.RelativePath == "reports/municipality-005.html").Html;

        html.Should().Contain(langAttribute).And.Contain($"<h2 id=\"s-summary\">1. {summaryHeading}</h2>");
    }

    [TestMethod]
    public void Render_SameResultsTwice_IsByteIdentical()
    {
        var a = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Realistic(), "fi");
        var b = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Realistic(), "fi");

        a.Should().Equal(b);
    }

    [TestMethod]
    public void Render_MisspeltMemberInSharedPartial_FailsNamingFileLineAndColumn()
    {
        using var root = TemplateCopy.Create();
        var partial = Path.Combine(root.Path, "_shared", "key-figures.sbn-html");
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("{{ k.name }}", "{{ k.nmae }}", StringComparison.Ordinal));

        var act = () => SocialReportSet.Render(new TemplateRenderer(root.Path), TestModels.Basic(), "fi");

        // Line 3 of key-figures.sbn-html is the `for k` line; the error must point into that file, not the page.
        act.Should().Throw<TemplateRenderException>().Which.Message.Should().MatchRegex(@"key-figures\.sbn-html\(3,\d+\)").And.Contain("nmae");
    }

    [TestMethod]
    public void Render_MisspeltLabelKey_FailsInsteadOfRenderingBlank()
    {
        using var root = TemplateCopy.Create();
        var page = Path.Combine(root.Path, "_shared", "index-page.sbn-html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("{{ t.index_title }}</h1>", "{{ t.index_titel }}</h1>", StringComparison.Ordinal));

        var act = () => SocialReportSet.Render(new TemplateRenderer(root.Path), TestModels.Basic(), "fi");

        act.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("index-page.sbn-html(").And.Contain("index_titel");
    }

    [TestMethod]
    public void Render_TemplateRootWithEditedText_UsesTheEditWithoutRebuild()
    {
        using var root = TemplateCopy.Create();
        var strings = Path.Combine(root.Path, "fi", "strings.sbn-html");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("s_summary: \"Yhteenveto\"", "s_summary: \"Tiivistelmä lautakunnalle\"", StringComparison.Ordinal));

        var html = SocialReportSet.Render(new TemplateRenderer(root.Path), TestModels.Basic(), "fi")[2].Html;

        html.Should().Contain("1. Tiivistelmä lautakunnalle</h2>");
    }

    [TestMethod]
    public void Render_LanguagePageOverridesSharedPartial()
    {
        using var root = TemplateCopy.Create();
        File.WriteAllText(Path.Combine(root.Path, "sv", "footer.sbn-html"), "<footer><p>Egen sidfot</p></footer>");

        var sv = SocialReportSet.Render(new TemplateRenderer(root.Path), TestModels.Basic(), "sv")[2].Html;
        var fi = SocialReportSet.Render(new TemplateRenderer(root.Path), TestModels.Basic(), "fi")[2].Html;

        sv.Should().Contain("Egen sidfot");
        fi.Should().NotContain("Egen sidfot");
    }

    [TestMethod]
    public void Render_UnknownLanguage_Throws()
    {
        var act = () => SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), "de");

        act.Should().Throw<ArgumentException>().WithMessage("*de*");
    }

    private static void Dump(IReadOnlyList<RenderedPage> pages)
    {
        // For looking at the pages by hand: OSMO_DUMP_REPORTS=/tmp/x dotnet test ...
        var dump = Environment.GetEnvironmentVariable("OSMO_DUMP_REPORTS");
        if (string.IsNullOrEmpty(dump))
        {
            return;
        }

        foreach (var p in pages)
        {
            var path = Path.Combine(dump, p.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, p.Html);
        }
    }
}
