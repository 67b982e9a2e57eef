namespace Osmo.Analytics.Cli;

/// <summary>The frozen settings of one <c>osmo run</c> or <c>osmo validate</c>, built by <see cref="RunSettingsBuilder"/>.</summary>
/// <param name="Command"><c>run</c> or <c>validate</c>.</param>
/// <param name="InputDir">Full path of the export folder.</param>
/// <param name="OutRoot">Full path of the output root; a run writes <c>OutRoot/&lt;period&gt;/</c>.</param>
/// <param name="Period">First day of the reported month.</param>
/// <param name="ExportDate">Day the exports were taken; later dates are <c>future_date</c>.</param>
/// <param name="ReferenceDir">Folder replacing the shipped reference files file by file, or null.</param>
/// <param name="Language">Report language: <c>fi</c>, <c>sv</c> or <c>en</c>.</param>
/// <param name="TemplatesDir">Template root (shipped or <c>--templates</c>).</param>
/// <param name="Restricted">Whether unsuppressed Parquet is also written to <c>restricted/</c>.</param>
/// <param name="Pdf">Whether the reports are also printed to A4 PDF.</param>
/// <param name="ConfigPath">Full path of the configuration file (<c>--config</c>), or null for the defaults.</param>
public sealed record RunSettings(
    string Command,
    string InputDir,
    string OutRoot,
    DateOnly Period,
    DateOnly ExportDate,
    string? ReferenceDir,
    string Language,
    string TemplatesDir,
    bool Restricted,
    string? ConfigPath,
    bool Pdf = false)
{
    /// <summary>The period as <c>yyyy-MM</c>.</summary>
    public string PeriodText => Period.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parameters as written to <c>run.json</c> (paths as full paths).</summary>
    public IReadOnlyDictionary<string, string?> ToParameters() => new SortedDictionary<string, string?>(StringComparer.Ordinal)
    {
        ["command"] = Command,
        ["input"] = InputDir,
        ["out"] = OutRoot,
        ["period"] = PeriodText,
        ["export_date"] = ExportDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["reference"] = ReferenceDir,
        ["lang"] = Language,
        ["restricted"] = Restricted ? "true" : "false",
        ["config"] = ConfigPath,
        ["pdf"] = Pdf ? "true" : "false",
    };
}
