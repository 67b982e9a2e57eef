using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.Pdf;
using Osmo.Analytics.Reports.Tests.SocialReports;

namespace Osmo.Analytics.Reports.Tests.Browser;

/// <summary>Opens every page of the realistic model, in every language, in headless Chromium (Debian's package, driven
/// by Playwright): no console errors, no request beyond the report files themselves, zero axe-core violations, and the
/// key figures on the page equal the published values written in the page's locale.</summary>
/// <remarks>One browser for the class. Chromium must be installed (<c>apt-get install chromium</c>; <c>.ci/run</c>
/// does it): without it these tests fail with that instruction rather than pass silently.</remarks>
[TestClass]
public sealed class ReportBrowserTests
{
    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;
    private static ReportSite? s_site;

    [ClassInitialize]
    public static async Task StartBrowser(TestContext context)
    {
        s_site = ReportSite.Create(TestModels.Realistic());
        s_playwright = await Playwright.CreateAsync();
        s_browser = await PdfPrinter.LaunchAsync(s_playwright);
    }

    [ClassCleanup]
    public static async Task StopBrowser()
    {
        if (s_browser is not null)
        {
            await s_browser.DisposeAsync();
        }

        s_playwright?.Dispose();
        s_site?.Dispose();
    }

    /// <remarks>axe-core takes seconds a page here, so it checks every Finnish page and, in Swedish and English, the
    /// index, the first county and the first municipality: the structure is the same shared partials, only the words
    /// differ. Every page of every language is still opened and checked for console errors and requests.</remarks>
    [TestMethod]
    [DataRow("fi", true)]
    [DataRow("sv", false)]
    [DataRow("en", false)]
    public async Task EveryPage_NoConsoleErrorsNoForeignRequestsNoAxeViolations(string language, bool axeOnEveryPage)
    {
        var site = s_site!;
        var problems = new List<string>();
        var axeChecked = 0;
        var pages = site.Pages[language];
        pages.Should().HaveCount(1 + 2 + 6, "an index, two counties and six municipalities");
        await using var context = await s_browser!.NewContextAsync();
        foreach (var file in pages)
        {
            var page = await context.NewPageAsync();
            var name = Path.GetFileName(file);
            var url = new Uri(file).AbsoluteUri;
            page.Console += (_, m) =>
            {
                if (m.Type is "error" or "warning")
                {
                    problems.Add($"{language}/{name}: console {m.Type}: {m.Text}");
                }
            };
            page.PageError += (_, e) => problems.Add($"{language}/{name}: page error: {e}");
            page.Request += (_, r) =>
            {
                // The stylesheet is inline and charts are inline SVG: the page itself is the only request.
                if (r.Url != url)
                {
                    problems.Add($"{language}/{name}: request other than the page: {r.Url}");
                }
            };
            page.RequestFailed += (_, r) => problems.Add($"{language}/{name}: failed request: {r.Url}");

            var response = await page.GotoAsync(url);
            (response?.Ok ?? true).Should().BeTrue();
            var styled = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).color");
            styled.Should().Be("rgb(0, 80, 122)", $"{name} must carry its stylesheet");

            if (axeOnEveryPage || name is "index.html" || name == Path.GetFileName(pages[1]) || name == Path.GetFileName(pages[^1]))
            {
                var axe = await page.RunAxe();
                foreach (var v in axe.Violations)
                {
                    problems.Add($"{language}/{name}: axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
                }

                axeChecked++;
            }

            await page.CloseAsync();
        }

        problems.Should().BeEmpty();
        axeChecked.Should().Be(axeOnEveryPage ? pages.Count : 3);
    }

    [TestMethod]
    public async Task Harness_PageWithAccessibilityFaultsAndForeignRequest_IsCaught()
    {
        // Proves the checks above can fail: a page with an unlabelled image and a skipped heading level.
        var file = Path.Combine(s_site!.Root, "bad.html");
        File.WriteAllText(file, "<!DOCTYPE html><html lang=\"fi\"><head><title>x</title></head><body><main><h1>x</h1><h4>y</h4><img src=\"https://example.invalid/x.png\"></main></body></html>");
        await using var context = await s_browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        var axe = await page.RunAxe();

        axe.Violations.Select(v => v.Id).Should().Contain("image-alt").And.Contain("heading-order");
        requests.Should().Contain("https://example.invalid/x.png");
    }

    [TestMethod]
    [DataRow("fi")]
    [DataRow("sv")]
    [DataRow("en")]
    public async Task KeyFigures_OnEveryMunicipalityPage_EqualPublishedValuesInLocale(string language)
    {
        var site = s_site!;
        var culture = CultureInfo.GetCultureInfo(language switch { "fi" => "fi-FI", "sv" => "sv-FI", _ => "en-GB" });
        var checkedFigures = 0;
        await using var context = await s_browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var municipality in site.Results.Reference.Municipalities)
        {
            await page.GotoAsync(new Uri(site.Pages[language].Single(p => p.EndsWith($"municipality-{municipality.Code}.html", StringComparison.Ordinal))).AbsoluteUri);
            var figures = page.Locator(".keyfigures [data-indicator]");
            var count = await figures.CountAsync();
            count.Should().BeInRange(6, 8);
            for (var i = 0; i < count; i++)
            {
                var id = await figures.Nth(i).GetAttributeAsync("data-indicator");
                var shown = (await figures.Nth(i).InnerTextAsync()).Trim();
                var published = site.Results.Indicators.Single(p => p.Level == IndicatorLevels.Municipality && p.MunicipalityCode == municipality.Code
                    && p.Window == IndicatorWindows.Rolling12 && p.Period == site.Results.Period && p.IndicatorId == id);
                shown.Should().Be(Expected(published, culture, language), $"{municipality.Code} {id}");
                checkedFigures++;
            }
        }

        checkedFigures.Should().Be(6 * 8);
    }

    // Written independently of ReportFormatter: the published value in the locale's own number format.
    private static string Expected(PublishedIndicator p, CultureInfo culture, string language)
    {
        if (p.IsSuppressed)
        {
            return "<5";
        }

        if (p.Value is not { } v)
        {
            return "–";
        }

        return p.Unit == "pct"
            ? string.Format(culture, "{0:0.0}", v) + (language == "en" ? "%" : "\u00a0%")
            : string.Format(culture, "{0:#,0}", v);
    }
}
