using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Osmo.Analytics.Reports.Pdf;

namespace Osmo.Analytics.Cli.Tests.Browser;

/// <summary>Opens every HTML report of a real <c>osmo run</c> (generated small sample, seed 5) in headless Chromium
/// (Debian's package, driven by Playwright): no console errors, no request outside the run folder, zero axe-core
/// violations, and the key figures of each municipality page equal the published Parquet values in fi-FI.</summary>
/// <remarks>One run and one browser for the class. Chromium must be installed (<c>apt-get install chromium</c>):
/// without it these tests fail with that instruction rather than pass silently.</remarks>
[TestClass]
public sealed class SampleRunBrowserTests
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static SampleRun? s_run;
    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;

    [ClassInitialize]
    public static async Task RunSampleAndStartBrowser(TestContext context)
    {
        s_run = SampleRun.Create();
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
        s_run?.Dispose();
    }

    [TestMethod]
    public async Task EveryReport_NoConsoleErrorsNoForeignRequestsNoAxeViolations()
    {
        var run = s_run!;
        var files = Directory.GetFiles(Path.Combine(run.Output, "reports"), "*.html").Order(StringComparer.Ordinal)
            .Append(Path.Combine(run.Output, "data-quality.html"))
            .ToList();
        files.Should().Contain(f => Path.GetFileName(f) == "index.html");
        files.Count(f => Path.GetFileName(f).StartsWith("municipality-", StringComparison.Ordinal)).Should().BeGreaterThan(2, "the small sample has several municipalities");

        // Anything the pages may load must be a file of this run: no CDN, no fonts, no analytics.
        var allowed = new Uri(run.Output + Path.DirectorySeparatorChar).AbsoluteUri;
        var problems = new List<string>();
        await using var context = await s_browser!.NewContextAsync();
        foreach (var file in files)
        {
            var page = await context.NewPageAsync();
            var name = Path.GetFileName(file);
            page.Console += (_, m) =>
            {
                if (m.Type is "error" or "warning")
                {
                    problems.Add($"{name}: console {m.Type}: {m.Text}");
                }
            };
            page.PageError += (_, e) => problems.Add($"{name}: page error: {e}");
            page.Request += (_, r) =>
            {
                if (!r.Url.StartsWith(allowed, StringComparison.Ordinal))
                {
                    problems.Add($"{name}: request outside the run folder: {r.Url}");
                }
            };
            page.RequestFailed += (_, r) => problems.Add($"{name}: failed request: {r.Url}");

            var response = await page.GotoAsync(new Uri(file).AbsoluteUri);
            (response?.Ok ?? true).Should().BeTrue(name);
            var axe = await page.RunAxe();
            foreach (var v in axe.Violations)
            {
                problems.Add($"{name}: axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
            }

            axe.Passes.Should().NotBeEmpty($"axe-core must actually have checked {name}");
            await page.CloseAsync();
        }

        problems.Should().BeEmpty();
    }

    [TestMethod]
    public async Task KeyFigures_OnEveryMunicipalityReport_EqualParquetR12ValuesInFinnish()
    {
        var run = s_run!;
        var sql = string.Format(CultureInfo.InvariantCulture, """
            SELECT municipality_code, indicator_id, suppressed, value FROM read_parquet('{0}')
            WHERE level = 'municipality' AND "window" = 'r12' AND period = DATE '2025-10-01' AND target_group IS NULL
              AND indicator_id IN ('active_clients', 'client_plan_pct', 'unplanned_closure_pct', 'reach_pct')
            ORDER BY municipality_code, indicator_id
            """, run.IndicatorsParquet);
        var expected = SampleRun.Query(sql);
        var municipalities = expected.Select(r => r[0]).Distinct().ToList();
        municipalities.Should().HaveCountGreaterThan(2);
        expected.Should().HaveCount(municipalities.Count * 4, "each municipality has one r12 row per indicator");
        expected.Count(r => r[2] == "False" && r[3] != "null").Should().BeGreaterThan(municipalities.Count, "most figures are shown, not hidden");

        await using var context = await s_browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var mismatches = new List<string>();
        foreach (var municipality in municipalities)
        {
            var file = Path.Combine(run.Output, "reports", $"municipality-{municipality}.html");
            File.Exists(file).Should().BeTrue($"every municipality of the Parquet has a report ({file})");
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            foreach (var row in expected.Where(r => r[0] == municipality))
            {
                var figure = page.Locator($".keyfigures [data-indicator='{row[1]}']");
                (await figure.CountAsync()).Should().Be(1, $"{municipality} shows {row[1]} as a key figure");
                var shown = (await figure.InnerTextAsync()).Trim();
                var want = Expected(row[1], row[2] == "True", row[3]);
                if (shown != want)
                {
                    mismatches.Add($"{municipality} {row[1]}: page '{shown}', Parquet '{want}'");
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [TestMethod]
    public void Expected_FinnishFormats_MatchHandWrittenText()
    {
        // Guards the oracle itself: fi-FI uses a comma decimal and a no-break space before % and between thousands.
        Expected("reach_pct", false, "41.25").Should().Be("41,3\u00a0%");
        Expected("active_clients", false, "1234").Should().Be("1\u00a0234");
        Expected("client_plan_pct", true, "null").Should().Be("<5");
        Expected("client_plan_pct", false, "null").Should().Be("–");
    }

    // Written independently of ReportFormatter: shares with one decimal and a no-break space before %, counts with
    // fi-FI thousands; suppressed reads <5, a missing value (zero denominator) a dash.
    private static string Expected(string indicatorId, bool suppressed, string value)
    {
        if (suppressed)
        {
            return "<5";
        }

        if (value == "null")
        {
            return "–";
        }

        var v = double.Parse(value, CultureInfo.InvariantCulture);
        return indicatorId.EndsWith("_pct", StringComparison.Ordinal)
            ? v.ToString("0.0", Finnish) + "\u00a0%"
            : v.ToString("#,0", Finnish).Replace('\u202f', '\u00a0');
    }
}
