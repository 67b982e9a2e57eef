using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.Tests.Rendering;

[TestClass]
public sealed class TemplateRendererTests
{
    private string _root = null!;

    [TestInitialize]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "osmo-tpl-" + Path.GetRandomFileName());
        Directory.CreateDirectory(Path.Combine(_root, "fi"));
        Directory.CreateDirectory(Path.Combine(_root, "_shared"));
    }

    [TestCleanup]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    public void Render_InputTextWithMarkup_IsEscapedByTheRenderer()
    {
        File.WriteAllText(Path.Combine(_root, "fi", "t.sbn-html"), "<p>{{ group_name }}</p>");

        var html = new TemplateRenderer(_root).Render("fi", "t.sbn-html", new { GroupName = "<script>alert(1)</script>" });

        html.Should().Be("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    [TestMethod]
    public void Render_RawHtmlMadeByCode_IsWrittenAsIs()
    {
        File.WriteAllText(Path.Combine(_root, "fi", "t.sbn-html"), "{{ chart }}");

        var html = new TemplateRenderer(_root).Render("fi", "t.sbn-html", new { Chart = new RawHtml("<svg></svg>") });

        html.Should().Be("<svg></svg>");
    }

    [TestMethod]
    public void Render_MisspeltVariable_FailsNamingFileLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_root, "fi", "t.sbn-html"), "line one\n  {{ rows_raed }}");

        var act = () => new TemplateRenderer(_root).Render("fi", "t.sbn-html", new { RowsRead = 3 });

        act.Should().Throw<TemplateRenderException>().Which.Message.Should().Contain("t.sbn-html(2,6)");
    }

    [TestMethod]
    public void Render_SyntaxError_FailsNamingFileLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_root, "fi", "t.sbn-html"), "ok\n{{ for x in }}");

        var act = () => new TemplateRenderer(_root).Render("fi", "t.sbn-html", new { });

        act.Should().Throw<TemplateRenderException>().Which.Message.Should().MatchRegex(@"t\.sbn-html\(2,\d+\)");
    }

    [TestMethod]
    public void Render_IncludeFromShared_IsResolved()
    {
        File.WriteAllText(Path.Combine(_root, "_shared", "part.sbn-html"), "[{{ x }}]");
        File.WriteAllText(Path.Combine(_root, "fi", "t.sbn-html"), "a{{ include 'part.sbn-html' }}b");

        new TemplateRenderer(_root).Render("fi", "t.sbn-html", new { X = "&" }).Should().Be("a[&amp;]b");
    }
}
