using Osmo.Analytics.Model;

namespace Osmo.Analytics.Reports.DataQuality;

/// <summary>What the data-quality page shows: one run's reading and validation of its inputs.</summary>
/// <param name="Command"><c>run</c> or <c>validate</c>.</param>
/// <param name="Period">Reported month (<c>yyyy-MM</c>), null for validation only.</param>
/// <param name="ExportDate">Export date that future dates are judged against.</param>
/// <param name="RunId">Run id.</param>
/// <param name="Files">Every input file, exports first.</param>
/// <param name="Totals">Totals over the export files.</param>
/// <param name="IdentifiersFound">Direct identifiers found by kind.</param>
/// <param name="Examples">The first quarantined rows of each file and reason, identifiers masked.</param>
/// <param name="Warnings">Warnings for the coordinator.</param>
public sealed record DataQualityModel(
    string Command,
    string? Period,
    DateOnly ExportDate,
    string RunId,
    IReadOnlyList<InputFileReport> Files,
    RowTotals Totals,
    IReadOnlyDictionary<string, long> IdentifiersFound,
    IReadOnlyList<RowIssue> Examples,
    IReadOnlyList<string> Warnings);
