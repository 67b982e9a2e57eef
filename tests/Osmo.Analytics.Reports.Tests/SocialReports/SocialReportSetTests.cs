using Osmo.Analytics.Reports.SocialReports;

namespace Osmo.Analytics.Reports.Tests.SocialReports;

[TestClass]
public sealed class SocialReportSetTests
{
    [TestMethod]
    public void Render_BasicModel_WritesIndexCountyMunicipalitiesAndCss()
    {
        var pages = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), "fi");

        pages.Select(p => p.RelativePath).Should().Equal(
            "reports/index.html", "reports/county-16.html", "reports/municipality-005.html", "reports/municipality-010.html",
            "reports/municipality-145.html", "reports/assets/report.css");
        var dump = Environment.GetEnvironmentVariable("OSMO_DUMP_REPORTS");
        if (!string.IsNullOrEmpty(dump))
        {
            foreach (var p in pages)
            {
                var path = Path.Combine(dump, p.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, p.Html);
            }
        }
    }
}
