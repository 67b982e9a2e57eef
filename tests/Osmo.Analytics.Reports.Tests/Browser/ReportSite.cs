using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Reports.SocialReports;
using Osmo.Analytics.Reports.Tests.SocialReports;

namespace Osmo.Analytics.Reports.Tests.Browser;

/// <summary>The realistic model rendered in every language and written to a temporary run folder
/// (<c>&lt;root&gt;/&lt;lang&gt;/reports/...</c>), as the integrator would write it.</summary>
internal sealed class ReportSite : IDisposable
{
    private ReportSite(string root, PublishedResults results, IReadOnlyDictionary<string, IReadOnlyList<string>> pages)
    {
        Root = root;
        Results = results;
        Pages = pages;
    }

    public string Root { get; }

    public PublishedResults Results { get; }

    /// <summary>Absolute HTML paths by language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Pages { get; }

    public static ReportSite Create(PublishedResults results)
    {
        var root = Path.Combine(Path.GetTempPath(), "osmo-site-" + Path.GetRandomFileName());
        var pages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var language in SocialReportSet.Languages)
        {
            var list = new List<string>();
            foreach (var page in SocialReportSet.Render(ReportTemplates.Renderer(), results, language))
            {
                var path = Path.Combine(root, language, page.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Html);
                if (path.EndsWith(".html", StringComparison.Ordinal))
                {
                    list.Add(path);
                }
            }

            // The reports link to ../data-quality.html; a stand-in keeps the link from dangling.
            File.WriteAllText(Path.Combine(root, language, "data-quality.html"), "<!DOCTYPE html><html lang=\"fi\"><title>x</title></html>");
            pages[language] = list;
        }

        return new ReportSite(root, results, pages);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
