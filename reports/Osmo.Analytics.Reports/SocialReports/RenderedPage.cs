namespace Osmo.Analytics.Reports.SocialReports;

/// <summary>One rendered file of the report set.</summary>
/// <param name="RelativePath">Path under the run folder with forward slashes (<c>reports/municipality-005.html</c>).</param>
/// <param name="Html">File content (HTML, or CSS for <c>reports/assets/report.css</c>); write it as UTF-8 without BOM.</param>
public sealed record RenderedPage(string RelativePath, string Html);
