using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Osmo.Analytics.Reports.Pdf;
using Osmo.Analytics.Reports.SocialReports;
using Osmo.Analytics.Reports.Tests.SocialReports;

namespace Osmo.Analytics.Reports.Tests.Browser;

[TestClass]
public sealed partial class PdfPrinterTests
{
    [TestMethod]
    public async Task PrintAsync_MunicipalityReport_WritesA4PdfBesideTheHtml()
    {
        var dir = Path.Combine(Path.GetTempPath(), "osmo-pdf-" + Path.GetRandomFileName());
        try
        {
            foreach (var page in SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), "fi"))
            {
                var path = Path.Combine(dir, page.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Html);
            }

            var html = Path.Combine(dir, "reports", "municipality-005.html");
            var pdfs = await PdfPrinter.PrintAsync([html]);

            pdfs.Should().Equal(Path.Combine(dir, "reports", "municipality-005.pdf"));
            var bytes = await File.ReadAllBytesAsync(pdfs[0]);
            Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
            // A4 is 210 x 297 mm = 595.3 x 841.9 points; Chromium writes each page's MediaBox uncompressed.
            var boxes = MediaBox().Matches(Encoding.Latin1.GetString(bytes));
            boxes.Should().NotBeEmpty();
            boxes.Should().AllSatisfy(m =>
            {
                double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture).Should().BeApproximately(595.3, 1.5);
                double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture).Should().BeApproximately(841.9, 1.5);
            });
            boxes.Count.Should().BeGreaterThan(1, "a municipality report runs over several A4 pages");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public async Task PrintAsync_MissingFile_Throws()
    {
        var act = () => PdfPrinter.PrintAsync(["/nonexistent/report.html"]);

        await act.Should().ThrowAsync<FileNotFoundException>();
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
