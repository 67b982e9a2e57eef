using System.Runtime;
using System.Text;
using Osmo.Analytics.Cli.Configuration;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.IO.Sinks.Excel;
using Osmo.Analytics.IO.Sinks.Parquet;
using Osmo.Analytics.Reference;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Cli;

/// <summary>The results half of the run: indicators, disclosure control and the published outputs.</summary>
public static partial class BatchRun
{
    private static PublishedResults WriteResults(
        RunSettings settings,
        OsmoConfiguration configuration,
        ValidatedExports exports,
        AcceptedRows rows,
        ReferenceData reference,
        ActionTemplates actions,
        TemplateRenderer renderer,
        string runId,
        string workPath,
        ConsoleReporter reporter)
    {
        var (published, restricted) = Publish(settings, configuration, exports, rows, reference, actions, runId, reporter);
        WriteOutputs(settings, published, restricted, renderer, workPath, reporter);
        return published;
    }

    /// <summary>Indicators, disclosure control and flags. Returns the published results, and the unsuppressed indicator
    /// values only when the restricted output is asked for.</summary>
    /// <remarks>A method of its own so that the accepted rows and the unsuppressed values are unreachable once it
    /// returns: the outputs are then built with only the published results in memory.</remarks>
    private static (PublishedResults Published, IndicatorResult? Restricted) Publish(
        RunSettings settings,
        OsmoConfiguration configuration,
        ValidatedExports exports,
        AcceptedRows rows,
        ReferenceData reference,
        ActionTemplates actions,
        string runId,
        ConsoleReporter reporter)
    {
        // Peer groups come from the reference data alone, so they are known before the indicators and make a level.
        var peers = configuration.PeerGroups.Enabled ? PeerGroupClustering.Compute(reference, settings.Period, configuration.PeerGroups) : PeerGroupAssignment.Empty;
        var computed = reporter.Stage(
            "indicators",
            "Computing indicators (24 months + r12, all levels)",
            () => IndicatorCalculator.Compute(rows.Take(settings.Period, reference) with { PeerGroups = peers.Groups }, configuration.Indicators),
            r => r.Values.Count);
        CollectGarbage();
        var indicators = reporter.Stage("disclosure", "Suppressing small numbers (primary and secondary)", () => IndicatorDisclosure.Suppress(computed.Values, configuration.Disclosure), p => p.Count(i => i.IsSuppressed));
        var flags = reporter.Stage("flags", "Flagging service gaps and blind spots (peer groups, outliers)", () => DetectFlags(settings, configuration, computed, indicators, reference, actions, peers), f => f.Flags.Count);
        var published = new PublishedResults(
            settings.Period,
            runId,
            PipelineVersion,
            computed.CatalogVersion,
            indicators,
            TableDisclosure.Suppress(computed.MeterChanges, configuration.Disclosure),
            TableDisclosure.Suppress(computed.GroupActivities, configuration.Disclosure),
            flags.Flags,
            flags.PeerGroups,
            reference,
            exports.Files,
            exports.HasAttendanceFile,
            configuration.Disclosure.MinimumCellCount);
        return (published, settings.Restricted ? computed : null);
    }

    /// <summary>Returns the memory of a finished stage's large structures to the system: after validation (its duplicate
    /// and key tables) and after the indicator stage (the accepted rows, once it has let go of them).</summary>
    /// <remarks>These structures are most of the heap, all in the oldest generation, and the collector would only get to
    /// them when that generation's budget runs out, long after the next stage has grown the heap on top of them. A
    /// blocking, compacting full collection at these two points (a fraction of a second each at national scale) keeps
    /// the peak down to what the stages really hold.</remarks>
    private static void CollectGarbage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Writes Parquet, the Excel workbook and the HTML reports side by side (all from the same published
    /// results), then the PDFs and the restricted Parquet when asked.</summary>
    private static void WriteOutputs(RunSettings settings, PublishedResults published, IndicatorResult? restricted, TemplateRenderer renderer, string workPath, ConsoleReporter reporter)
    {
        var metadata = new ParquetFileMetadata(PipelineVersion, published.RunId, published.CatalogVersion);
        var names = published.Reference.Municipalities.ToDictionary(m => m.Code, m => m.NameFi, StringComparer.Ordinal);
        IReadOnlyList<string> pages = [];
        reporter.Parallel(
            ("parquet", "Writing Parquet for researchers", () => WriteParquet(published, names, metadata, workPath)),
            ("excel", "Writing the coordinator's Excel workbook", () =>
            {
                var dir = Directory.CreateDirectory(Path.Combine(workPath, "excel")).FullName;
                CoordinatorWorkbook.Write(Path.Combine(dir, CoordinatorWorkbook.FileName(published.Period)), published);
                return null;
            }),
            ("reports", $"Rendering social reports ({settings.Language})", () =>
            {
                pages = RenderReports(settings.Language, renderer, published, workPath);
                return pages.Count;
            }));

        if (settings.Pdf)
        {
            reporter.Stage("pdf", "Printing reports to A4 PDF (headless Chromium)", () => PrintPdf(pages, settings.Period), n => n);
        }

        if (restricted is not null)
        {
            WriteRestricted(restricted, published.Indicators, names, metadata, workPath, reporter);
        }
    }

    private static long WriteParquet(PublishedResults published, IReadOnlyDictionary<string, string> names, ParquetFileMetadata metadata, string workPath)
    {
        var parquetDir = Directory.CreateDirectory(Path.Combine(workPath, "parquet")).FullName;
        Task.WaitAll(
            IndicatorParquetTable.WriteAsync(Path.Combine(parquetDir, IndicatorParquetTable.FileName), published.Indicators, names, metadata),
            FlagParquetTable.WriteAsync(Path.Combine(parquetDir, FlagParquetTable.FileName), published.Flags, metadata),
            MeterChangeParquetTable.WriteAsync(Path.Combine(parquetDir, MeterChangeParquetTable.FileName), published.MeterChanges, metadata),
            GroupActivityParquetTable.WriteAsync(Path.Combine(parquetDir, GroupActivityParquetTable.FileName), published.GroupActivities, metadata));
        var dictionary = IndicatorParquetTable.Describe()
            .Concat(FlagParquetTable.Describe())
            .Concat(MeterChangeParquetTable.Describe())
            .Concat(GroupActivityParquetTable.Describe())
            .Concat(DataDictionaryParquetTable.Describe())
            .ToList();
        DataDictionaryParquetTable.WriteAsync(Path.Combine(parquetDir, DataDictionaryParquetTable.FileName), dictionary, metadata).GetAwaiter().GetResult();
        var markdown = DataDictionaryMarkdown.Render(dictionary) + "\n" + IndicatorCatalog.ToMarkdown();
        File.WriteAllText(Path.Combine(parquetDir, "DATA_DICTIONARY.md"), markdown, new UTF8Encoding(false));
        return published.Indicators.Count + published.Flags.Count + published.MeterChanges.Count + published.GroupActivities.Count;
    }

    private static (IReadOnlyList<Flag> Flags, IReadOnlyDictionary<string, string> PeerGroups) DetectFlags(
        RunSettings settings,
        OsmoConfiguration configuration,
        IndicatorResult computed,
        IReadOnlyList<PublishedIndicator> indicators,
        ReferenceData reference,
        ActionTemplates actions,
        PeerGroupAssignment peers)
    {
        var peerValues = PeerGroupIndicators.Shown(computed.Values, indicators);
        var outliers = configuration.ProfileOutliers.Enabled ? ProfileOutliers.Detect(computed, configuration.ProfileOutliers) : [];
        var input = new FlagInput(settings.Period, computed, indicators, reference, actions)
        {
            PeerGroups = peers.Groups,
            PeerGroupValues = peerValues,
            Outliers = outliers,
            IndicatorOptions = configuration.Indicators,
            MinimumCellCount = configuration.Disclosure.MinimumCellCount,
        };
        return (FlagDetector.Detect(input, configuration.Flags), peers.Groups);
    }

    /// <summary>Reads the editable action-proposal templates (fi, sv, en) from the template root.</summary>
    internal static ActionTemplates LoadActionTemplates(string templateRoot)
    {
        try
        {
            return ActionTemplates.Parse(ActionTemplates.Languages.ToDictionary(
                language => language,
                language => File.ReadAllText(Path.Combine(templateRoot, ActionTemplates.RelativePath(language)))));
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new InputRejectedException($"action templates in {templateRoot}: {ex.Message}", ex);
        }
    }

    private static void WriteRestricted(IndicatorResult computed, IReadOnlyList<PublishedIndicator> published, IReadOnlyDictionary<string, string> names, ParquetFileMetadata metadata, string workPath, ConsoleReporter reporter)
        => reporter.Stage("restricted", "Writing restricted (unsuppressed) Parquet", () =>
        {
            var dir = Directory.CreateDirectory(Path.Combine(workPath, "restricted")).FullName;
            var restricted = IndicatorDisclosure.Restrict(computed.Values, published);
            IndicatorParquetTable.WriteRestrictedAsync(Path.Combine(dir, IndicatorParquetTable.FileName), restricted, names, metadata).GetAwaiter().GetResult();
            File.WriteAllText(Path.Combine(dir, "NOTICE.md"), RestrictedNotice, new UTF8Encoding(false));
            return restricted.Count;
        }, n => n);

    private const string RestrictedNotice = """
        # RESTRICTED: not for publication

        The files in this folder are NOT disclosure-controlled: they show counts of 1-4 clients and every value that
        the published outputs suppress. They are for the wellbeing county's own authorised analysis only.

        - Do not publish, e-mail or attach them to board material.
        - The `suppressed` column tells which cells the published outputs hide; here their values are shown.
        - The published outputs (parquet/, excel/, reports/) never contain these numbers.

        Salassa pidettävä: tämän kansion luvut ovat tietosuojaamattomia (myös 1-4 asiakkaan solut). Ei julkaistavaksi.

        """;
}
