using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.Tests.SocialReports;

/// <summary>The shipped templates as the build copies them beside the tests.</summary>
internal static class ReportTemplates
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    public static TemplateRenderer Renderer() => new(Root);
}
