namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>File names of the report set, relative to <c>reports/</c>; links between pages use them as is.</summary>
internal static class ReportLinks
{
    public const string Index = "index.html";

    /// <summary>The run's data-quality page, one folder up from <c>reports/</c>.</summary>
    public const string DataQuality = "../data-quality.html";

    public static string Municipality(string code) => $"municipality-{code}.html";

    public static string County(string code) => $"county-{code}.html";
}
