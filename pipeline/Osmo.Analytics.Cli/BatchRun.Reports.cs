using System.Text;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Reports.Pdf;
using Osmo.Analytics.Reports.Rendering;
using Osmo.Analytics.Reports.SocialReports;

namespace Osmo.Analytics.Cli;

/// <summary>The board-facing half of the run: social reports (HTML, optionally PDF).</summary>
public static partial class BatchRun
{
    /// <summary>Renders the social reports of <paramref name="published"/> into <c>root/reports/</c> and prints them
    /// to PDF when asked. Used by <c>osmo run</c> and <c>osmo render</c>.</summary>
    internal static void WriteReports(RunSettings settings, TemplateRenderer renderer, PublishedResults published, string root, ConsoleReporter reporter)
    {
        var pages = reporter.Stage("reports", $"Rendering social reports ({settings.Language})", () =>
        {
            var rendered = SocialReportSet.Render(renderer, published, settings.Language);
            foreach (var page in rendered)
            {
                var path = Path.Combine(root, page.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Html, new UTF8Encoding(false));
            }

            return rendered;
        }, r => r.Count);

        if (settings.Pdf)
        {
            reporter.Stage("pdf", "Printing reports to A4 PDF (headless Chromium)", () =>
            {
                var html = pages.Select(p => Path.Combine(root, p.RelativePath.Replace('/', Path.DirectorySeparatorChar))).ToList();
                var pdfs = PdfPrinter.PrintAsync(html).GetAwaiter().GetResult();
                foreach (var pdf in pdfs)
                {
                    PdfNormalizer.Normalize(pdf, settings.Period);
                }

                return pdfs.Count;
            }, n => n);
        }
    }
}
