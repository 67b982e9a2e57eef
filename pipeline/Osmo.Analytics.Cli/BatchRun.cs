using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Osmo.Analytics.Cli.Configuration;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.Flags;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.IO.Manifest;
using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.RunOutput;
using Osmo.Analytics.IO.Sinks.Quarantine;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reports.DataQuality;
using Osmo.Analytics.Reports.Rendering;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Cli;

/// <summary>The composition root of <c>osmo run</c> and <c>osmo validate</c>: reads, validates, computes and writes
/// one output folder atomically.</summary>
public static partial class BatchRun
{
    /// <summary>The pipeline version written into every output.</summary>
    public static readonly string PipelineVersion = typeof(BatchRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Where the shipped reference defaults are (copied beside the program at build time).</summary>
    public static string DefaultReferenceDir => Path.Combine(AppContext.BaseDirectory, "reference");

    /// <summary>Runs the batch. Returns the exit code.</summary>
    public static int Execute(RunSettings settings, ConsoleReporter reporter, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(clock);
        var started = clock.GetUtcNow();
        var configuration = OsmoConfigurationLoader.Load(settings.ConfigPath);
        var folder = DiscoverInputs(settings);
        var referenceOverride = settings.ReferenceDir ?? folder.ReferenceDirectory;
        var reference = LoadReference(referenceOverride);

        var name = settings.Command == "validate" ? "validation" : settings.PeriodText;
        using var output = RunFolder.Create(settings.OutRoot, name, "run");
        var options = new ValidationOptions { ExportDate = settings.ExportDate };

        ValidatedExports exports;
        AcceptedRows rows;
        using (var quarantine = new QuarantineWriter(Path.Combine(output.WorkPath, "quarantine", "quarantine.csv")))
        {
            (exports, rows) = reporter.Stage("ingest", "Reading and validating exports", () => SplitRows(ExportValidation.ValidateAll(folder, reference.Data, options, quarantine)), e => e.Exports.Files.Sum(f => f.RowsRead));
        }

        CollectGarbage();

        var inputs = exports.Files.Concat(reference.Files.Select(ReferenceReport)).ToList();
        var runId = RunIdOf(settings, inputs);
        var warnings = exports.Warnings
            .Concat(reference.MissingOptional.Select(stem => $"Viitetieto {stem}.csv puuttuu (oletuksista ja omasta kansiosta): siihen perustuvat indikaattorit ja liput jäävät tyhjiksi."))
            .ToList();
        PrintSummary(reporter, exports, warnings);
        if (exports.IsRejected)
        {
            foreach (var file in exports.Files.Where(f => f.Error is not null))
            {
                reporter.Error(file.Error!);
            }
        }

        var writeOutputs = settings.Command == "validate" || !exports.IsRejected;
        if (!writeOutputs)
        {
            reporter.Line($"Input rejected: nothing written to {output.FinalPath}; the previous output, if any, is intact.");
            return ExitCodes.InputRejected;
        }

        // A snapshot of the reference data used, so that the run can be re-rendered and audited later.
        foreach (var file in reference.Files)
        {
            var target = Path.Combine(output.WorkPath, file.Name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file.Path, target);
        }

        var renderer = new TemplateRenderer(settings.TemplatesDir);
        IReadOnlyDictionary<string, long> flagCounts = new Dictionary<string, long>();
        if (settings.Command == "run")
        {
            var published = WriteResults(settings, configuration, exports, rows, reference.Data, LoadActionTemplates(settings.TemplatesDir), renderer, runId, output.WorkPath, reporter);
            flagCounts = FlagRuleIds.All.ToDictionary(rule => rule, rule => (long)published.Flags.Count(f => f.Rule == rule));
        }

        reporter.Stage("data_quality", "Writing data-quality.html", () =>
        {
            var model = new DataQualityModel(settings.Command, settings.Command == "run" ? settings.PeriodText : null, settings.ExportDate, runId, inputs, RowTotals.Sum(exports.Files), exports.IdentifiersFound, exports.Examples, warnings);
            File.WriteAllText(Path.Combine(output.WorkPath, "data-quality.html"), DataQualityPage.Render(renderer, model), new UTF8Encoding(false));
            return 0;
        });

        var manifest = new RunManifest(
            runId,
            PipelineVersion,
            settings.Command,
            exports.IsRejected ? "input_rejected" : "ok",
            settings.ToParameters(),
            started,
            clock.GetUtcNow(),
            reporter.Stages,
            inputs,
            RowTotals.Sum(exports.Files),
            exports.IdentifiersFound,
            flagCounts,
            OutputsOf(output.WorkPath),
            warnings);
        RunManifestWriter.Write(Path.Combine(output.WorkPath, "run.json"), manifest);
        output.Commit();
        reporter.Line($"Output: {output.FinalPath}");
        reporter.Line($"  open {Path.Combine(output.FinalPath, "data-quality.html")} first; quarantined rows: {Path.Combine(output.FinalPath, "quarantine", "quarantine.csv")}");
        return exports.IsRejected ? ExitCodes.InputRejected : ExitCodes.Done;
    }

    private static InputFolderContents DiscoverInputs(RunSettings settings)
    {
        try
        {
            return InputFolder.Discover(settings.InputDir);
        }
        catch (SourceFileException ex)
        {
            throw new InputRejectedException(ex.Message, ex);
        }
    }

    private static LoadedReference LoadReference(string? overrideDir)
    {
        try
        {
            return ReferenceLoader.Load(DefaultReferenceDir, overrideDir);
        }
        catch (Exception ex) when (ex is SourceFileException or ReferenceDataException)
        {
            throw new InputRejectedException(ex.Message, ex);
        }
    }

    private static InputFileReport ReferenceReport(ReferenceFile file)
        => new(file.Name, "reference", file.Sha256, file.Length, null, null, 0, 0, 0, new Dictionary<string, long>(), [], null, file.IsOverride ? "override" : "default");

    private static string RunIdOf(RunSettings settings, IEnumerable<InputFileReport> inputs)
    {
        var text = new StringBuilder()
            .Append(PipelineVersion).Append('|').Append(settings.Command).Append('|').Append(settings.PeriodText)
            .Append('|').Append(settings.ExportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('|').Append(settings.Language)
            .Append('|').Append(settings.Restricted);
        foreach (var input in inputs)
        {
            text.Append('|').Append(input.File).Append('=').Append(input.Sha256);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static List<OutputFileEntry> OutputsOf(string root)
        => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(p => p.Relative != "run.json")
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .Select(p =>
            {
                using var stream = File.OpenRead(p.Path);
                return new OutputFileEntry(p.Relative, Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
            })
            .ToList();

    private static void PrintSummary(ConsoleReporter reporter, ValidatedExports exports, IReadOnlyList<string> warnings)
    {
        reporter.Table(
            "Rows by file",
            ["file", "read", "accepted", "quarantined"],
            exports.Files.Select(f => (IReadOnlyList<string>)[f.File, N(f.RowsRead), N(f.RowsAccepted), N(f.RowsQuarantined)]));
        var reasons = RowTotals.Sum(exports.Files).QuarantinedByReason.Where(kv => kv.Value > 0).ToList();
        if (reasons.Count > 0)
        {
            reporter.Table("Quarantined by reason", ["reason", "rows"], reasons.Select(kv => (IReadOnlyList<string>)[kv.Key, N(kv.Value)]));
        }

        foreach (var issue in exports.Examples.Take(ConsoleExamples))
        {
            reporter.Line($"  {issue.File}, line {issue.Line}{(issue.Column is null ? string.Empty : ", column " + issue.Column)}: {issue.Reason.Code()}: {issue.Detail}");
        }

        if (exports.Examples.Count > ConsoleExamples)
        {
            reporter.Line($"  ... every quarantined row is in quarantine/quarantine.csv and explained in data-quality.html.");
        }

        var identifiers = exports.IdentifiersFound.Values.Sum();
        reporter.Line(identifiers == 0
            ? "No direct identifiers found."
            : $"Direct identifiers found and masked: {string.Join(", ", exports.IdentifiersFound.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}"))}; their rows are in quarantine.");
        foreach (var warning in warnings)
        {
            reporter.Line("warning: " + warning);
        }
    }

    private const int ConsoleExamples = 10;

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
