using System.CommandLine;
using System.Globalization;
using Osmo.Analytics.Cli.Configuration;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.IO.Manifest;
using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.RunOutput;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Cli.Commands;

/// <summary><c>osmo render --results DIR</c>: re-renders the social reports (and PDFs) of a finished run from its
/// published outputs, without recomputing indicators.</summary>
/// <remarks>
/// <para>Reads <c>run.json</c>, the published Parquet (through <see cref="PublishedResultsReader"/>, which never shows
/// more than the files did) and the reference snapshot in <c>DIR/reference/</c>. Peer groups are re-derived from that
/// snapshot with the run's configuration (clustering is deterministic and uses reference data only). The threshold and
/// peer-group settings come from <c>--config</c>, else the configuration file recorded in run.json, else the defaults.</para>
/// <para>The reports are rendered into a temporary sibling <c>DIR/.reports.tmp-&lt;pid&gt;</c> and swapped into
/// <c>DIR/reports/</c> by two renames only when every page rendered, so a failure leaves the old reports intact.
/// PDFs (<c>--pdf</c>) are printed afterwards in the final folder, so their baked links name <c>DIR/reports/</c>.
/// Every other file of DIR is left untouched, including run.json (whose output hashes then describe the first
/// rendering).</para>
/// </remarks>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(ConsoleReporter reporter)
    {
        var results = new Option<string>("--results") { Description = "A finished run folder (OUT/<period>/ holding run.json, parquet/ and reference/).", Required = true };
        var language = new Option<string?>("--lang") { Description = "Report language: fi, sv or en (default: the run's language)." };
        var templates = new Option<string?>("--templates") { Description = "Template folder overriding the shipped templates." };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: the one recorded in run.json, else the defaults)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print every report to A4 PDF through headless Chromium." };
        var command = new Command("render", "Re-render the social reports of a finished run from its outputs, without recomputing.")
        {
            results, language, templates, config, pdf,
        };
        command.SetAction(parse => OsmoCommandLine.Guard(reporter, () => Execute(
            reporter,
            parse.GetValue(results)!,
            parse.GetValue(language),
            parse.GetValue(templates),
            parse.GetValue(config),
            parse.GetValue(pdf))));
        return command;
    }

    private static int Execute(ConsoleReporter reporter, string results, string? language, string? templates, string? config, bool pdf)
    {
        var dir = Path.GetFullPath(results);
        if (!Directory.Exists(dir))
        {
            throw new InputRejectedException($"results folder '{results}' does not exist.");
        }

        var missing = PublishedResultsReader.MissingFiles(dir);
        if (missing.Count > 0)
        {
            throw new InputRejectedException($"'{results}' is not a finished run folder: missing {string.Join(", ", missing)}.");
        }

        var manifest = RunManifestWriter.Read(Path.Combine(dir, "run.json"));
        var lang = language ?? manifest.Parameters.GetValueOrDefault("lang") ?? "fi";
        if (lang is not ("fi" or "sv" or "en"))
        {
            throw new InputRejectedException($"--lang must be fi, sv or en, got '{lang}'.");
        }

        var templateDir = templates is null ? Path.Combine(AppContext.BaseDirectory, "templates") : Path.GetFullPath(templates);
        if (!Directory.Exists(templateDir))
        {
            throw new InputRejectedException($"templates folder '{templateDir}' does not exist.");
        }

        var configuration = OsmoConfigurationLoader.Load(ConfigPath(config, manifest));
        var reference = LoadReference(Path.Combine(dir, "reference"));
        var period = DateOnly.ParseExact((manifest.Parameters.GetValueOrDefault("period") ?? string.Empty) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var peers = configuration.PeerGroups.Enabled ? PeerGroupClustering.Compute(reference, period, configuration.PeerGroups) : PeerGroupAssignment.Empty;
        var published = reporter.Stage(
            "read",
            "Reading the published outputs",
            () => PublishedResultsReader.ReadAsync(dir, reference, peers.Groups, configuration.Disclosure.MinimumCellCount).GetAwaiter().GetResult(),
            p => p.Indicators.Count);

        var work = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $".reports.tmp-{Environment.ProcessId}"));
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        IReadOnlyList<string> pages;
        try
        {
            var renderer = new TemplateRenderer(templateDir);
            var rendered = reporter.Stage("reports", $"Rendering social reports ({lang})", () => BatchRun.RenderReports(lang, renderer, published, work), p => p.Count);
            Swap(dir, work);
            pages = [.. rendered.Select(p => Path.Combine(dir, Path.GetRelativePath(work, p)))];
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        if (pdf)
        {
            reporter.Stage("pdf", "Printing reports to A4 PDF (headless Chromium)", () => BatchRun.PrintPdf(pages, published.Period), n => n);
        }

        var written = Directory.EnumerateFiles(Path.Combine(dir, "reports"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in written)
        {
            reporter.Line("wrote " + file);
        }

        reporter.Line($"Re-rendered {written.Count} file(s) in {Path.Combine(dir, "reports")} (run {published.RunId}, {lang}).");
        return ExitCodes.Done;
    }

    private static string? ConfigPath(string? option, RunManifest manifest)
    {
        if (option is not null)
        {
            return Path.GetFullPath(option);
        }

        var recorded = manifest.Parameters.GetValueOrDefault("config");
        if (recorded is not null && !File.Exists(recorded))
        {
            throw new InputRejectedException($"the configuration file '{recorded}' recorded in run.json is missing; pass --config.");
        }

        return recorded;
    }

    private static Reference.ReferenceData LoadReference(string snapshot)
    {
        try
        {
            return ReferenceLoader.Load(snapshot, null).Data;
        }
        catch (Exception ex) when (ex is SourceFileException or ReferenceDataException)
        {
            throw new InputRejectedException($"reference snapshot {snapshot}: {ex.Message}", ex);
        }
    }

    /// <summary>Moves the freshly rendered <c>work/reports</c> into <c>dir/reports</c>, replacing the old folder.</summary>
    private static void Swap(string dir, string work)
    {
        var target = Path.Combine(dir, "reports");
        var aside = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $".reports.old-{Environment.ProcessId}"));
        if (Directory.Exists(target))
        {
            Directory.Move(target, aside);
        }

        try
        {
            Directory.Move(Path.Combine(work, "reports"), target);
        }
        catch (IOException) when (Directory.Exists(aside) && !Directory.Exists(target))
        {
            // Put the old reports back so that a failed swap never leaves the folder without reports.
            Directory.Move(aside, target);
            throw;
        }

        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
        }
    }
}
