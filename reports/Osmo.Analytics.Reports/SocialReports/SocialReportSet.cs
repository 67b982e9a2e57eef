using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Reports.ReportModels;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.SocialReports;

/// <summary>Renders the social reports of one run: <c>reports/index.html</c>, one <c>reports/county-&lt;code&gt;.html</c>
/// per wellbeing county and one <c>reports/municipality-&lt;code&gt;.html</c> per municipality. Pure: returns the files,
/// writes nothing.</summary>
/// <remarks>
/// Reads only <see cref="PublishedResults"/>, so every number shown has passed disclosure control. A municipality gets
/// a report when it has published municipality-level results; a county when at least one of its municipalities does.
/// Templates (<c>index.sbn-html</c>, <c>county.sbn-html</c>, <c>municipality.sbn-html</c> per language, partials and
/// <c>report.sbn-css</c> in <c>_shared</c>) come from the renderer's root, so <c>--templates DIR</c> replaces them
/// without a rebuild. Output is byte-identical for the same results.
/// The stylesheet is inlined into every page: each file is complete on its own (a board member may get one report
/// by e-mail), nothing is fetched, and tools that re-read linked sheets over <c>file://</c> (axe-core's CSSOM preload)
/// meet no cross-origin errors.
/// </remarks>
public static class SocialReportSet
{
    /// <summary>Folder of the reports under the run folder.</summary>
    public const string Folder = "reports";

    /// <summary>Languages with shipped templates.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fi", "sv", "en"];

    /// <summary>Renders every page of the set in <paramref name="language"/> (<c>fi</c>, <c>sv</c> or <c>en</c>).</summary>
    /// <exception cref="TemplateRenderException">A template is missing or wrong; the message names file, line and column.</exception>
    public static IReadOnlyList<RenderedPage> Render(TemplateRenderer renderer, PublishedResults results, string language)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(results);
        var f = ReportFormatter.For(language, results.MinimumCellCount);
        var ix = new ResultsIndex(results);
        var municipalities = results.Reference.Municipalities.Where(m => ix.MunicipalitiesWithData.Contains(m.Code)).ToList();
        var countyCodes = municipalities.Select(m => m.WellbeingCounty).ToHashSet(StringComparer.Ordinal);
        var counties = results.Reference.Counties.Where(c => countyCodes.Contains(c.Code)).ToList();

        var pages = new List<RenderedPage>
        {
            new(Folder + "/index.html", renderer.Render(language, "index.sbn-html", ReportPageBuilder.Index(ix, f, counties))),
        };
        foreach (var county in counties)
        {
            pages.Add(new(Folder + "/" + ReportLinks.County(county.Code), renderer.Render(language, "county.sbn-html", ReportPageBuilder.County(ix, f, county))));
        }

        foreach (var municipality in municipalities)
        {
            pages.Add(new(Folder + "/" + ReportLinks.Municipality(municipality.Code), renderer.Render(language, "municipality.sbn-html", ReportPageBuilder.Municipality(ix, f, municipality))));
        }

        return pages;
    }
}
