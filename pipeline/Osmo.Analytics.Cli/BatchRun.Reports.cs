using System.Text;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Reports.Pdf;
using Osmo.Analytics.Reports.Rendering;
using Osmo.Analytics.Reports.SocialReports;

namespace Osmo.Analytics.Cli;

/// <summary>The board-facing half of the run: social reports (HTML, optionally PDF).</summary>
public static partial class BatchRun
{
    /// <summary>Renders the social reports of <paramref name="published"/> into <c>root/reports/</c>; returns the pages' paths.
    /// Used by <c>osmo run</c> and <c>osmo render</c>.</summary>
    internal static IReadOnlyList<string> RenderReports(string language, TemplateRenderer renderer, PublishedResults published, string root)
    {
        var paths = new List<string>();
        foreach (var page in SocialReportSet.Render(renderer, published, language))
        {
            var path = Path.Combine(root, page.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, page.Html, new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Prints every page to A4 PDF beside it, with dates and links normalised for byte-identical re-runs.</summary>
    internal static long PrintPdf(IReadOnlyList<string> pages, DateOnly period)
    {
        var pdfs = PdfPrinter.PrintAsync(pages).GetAwaiter().GetResult();
        foreach (var pdf in pdfs)
        {
            PdfNormalizer.Normalize(pdf, period);
        }

        return pdfs.Count;
    }
}
