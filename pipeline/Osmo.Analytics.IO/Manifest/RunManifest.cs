using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Manifest;

/// <summary>The run manifest <c>run.json</c>: the only output holding wall-clock times.</summary>
/// <param name="RunId">Deterministic id: a hash of pipeline version, command, parameters and input hashes.</param>
/// <param name="PipelineVersion">Version of the pipeline.</param>
/// <param name="Command"><c>run</c> or <c>validate</c>.</param>
/// <param name="Status"><c>ok</c>, <c>input_rejected</c>.</param>
/// <param name="Parameters">Effective parameters (period, export date, paths as given).</param>
/// <param name="StartedAt">Wall-clock start (UTC).</param>
/// <param name="FinishedAt">Wall-clock end (UTC).</param>
/// <param name="Stages">Per-stage durations.</param>
/// <param name="Inputs">Every input file, exports first, then reference files.</param>
/// <param name="Totals">Rows read, accepted and quarantined over all export files, by reason.</param>
/// <param name="DirectIdentifiersFound">Direct identifiers found, by kind (<c>henkilotunnus</c>, <c>email</c>, <c>phone</c>).</param>
/// <param name="FlagsByRule">Flag counts by rule.</param>
/// <param name="Outputs">Every file written, with SHA-256 (run.json itself excluded).</param>
/// <param name="Warnings">Warnings for the coordinator.</param>
public sealed record RunManifest(
    string RunId,
    string PipelineVersion,
    string Command,
    string Status,
    IReadOnlyDictionary<string, string?> Parameters,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<StageTiming> Stages,
    IReadOnlyList<InputFileReport> Inputs,
    RowTotals Totals,
    IReadOnlyDictionary<string, long> DirectIdentifiersFound,
    IReadOnlyDictionary<string, long> FlagsByRule,
    IReadOnlyList<OutputFileEntry> Outputs,
    IReadOnlyList<string> Warnings);
