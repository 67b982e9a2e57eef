using Microsoft.Playwright;

namespace Osmo.Analytics.Reports.Pdf;

/// <summary>Prints HTML reports to A4 PDF for board agendas through headless Chromium (Microsoft.Playwright).</summary>
/// <remarks>
/// Playwright drives the system's Chromium (<see cref="PdfPrintOptions.ExecutablePath"/>; no browser download): Debian's
/// <c>chromium</c> package, which CI installs when it is missing. The browser gets no network beyond the files it is
/// given (background networking, component updates and sync are off) and no sandbox (containers lack the user
/// namespaces it needs). Each <c>report.html</c> becomes <c>report.pdf</c> beside it, A4 with backgrounds, margins from
/// the page's own <c>@page</c> rule (the CSS is designed for print: no table is cut across pages where it fits one).
/// One browser serves all files; pages are printed one at a time, in the order given.
/// </remarks>
public static class PdfPrinter
{
    /// <summary>Chromium flags: headless printing without sandbox, GPU or background traffic.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly string[] ChromiumNames = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Prints every file; returns the PDF paths in input order.</summary>
    /// <exception cref="FileNotFoundException">A file, or the Chromium binary, does not exist.</exception>
    public static async Task<IReadOnlyList<string>> PrintAsync(IEnumerable<string> htmlFiles, PdfPrintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(htmlFiles);
        options ??= new PdfPrintOptions();
        var files = htmlFiles.Select(Path.GetFullPath).ToList();
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"Report to print not found: {file}", file);
        }

        var outputs = new List<string>(files.Count);
        if (files.Count == 0)
        {
            return outputs;
        }

        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await LaunchAsync(playwright, options.ExecutablePath).ConfigureAwait(false);
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout((float)options.PageTimeout.TotalMilliseconds);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            var pdf = Path.ChangeExtension(file, ".pdf");
            await page.PdfAsync(new PagePdfOptions
            {
                Path = pdf,
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = options.PageNumbers,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center;color:#444\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
            }).ConfigureAwait(false);
            outputs.Add(pdf);
        }

        return outputs;
    }

    /// <summary>Launches the system Chromium headless with <see cref="ChromiumArgs"/>.</summary>
    /// <exception cref="FileNotFoundException">No Chromium binary was found.</exception>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string? executablePath = null)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var path = executablePath ?? FindChromium()
            ?? throw new FileNotFoundException("Chromium not found: install Debian's 'chromium' package (apt-get install chromium) or set the executable path.");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = [.. ChromiumArgs],
        });
    }

    /// <summary>The Chromium binary: <c>/usr/bin/chromium</c>, else the first of <c>chromium</c>, <c>chromium-browser</c>,
    /// <c>google-chrome</c> on the PATH; null when there is none.</summary>
    public static string? FindChromium()
    {
        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return ChromiumNames
            .SelectMany(name => dirs.Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
    }
}
