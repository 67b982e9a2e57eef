using System.Text;
using Osmo.Analytics.Cli.Configuration;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.IO.Sinks.Excel;
using Osmo.Analytics.IO.Sinks.Parquet;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Cli;

/// <summary>The results half of the run: indicators, disclosure control and the published outputs.</summary>
public static partial class BatchRun
{
    private static PublishedResults WriteResults(
        RunSettings settings,
        OsmoConfiguration configuration,
        ValidatedExports exports,
        ReferenceData reference,
        string runId,
        string workPath,
        ConsoleReporter reporter)
    {
        var input = new IndicatorInput(settings.Period, reference, exports.Cases, exports.Meters, exports.Sessions, exports.Attendance);
        var computed = reporter.Stage("indicators", "Computing indicators (24 months + r12, all levels)", () => IndicatorCalculator.Compute(input, configuration.Indicators), r => r.Values.Count);
        var published = reporter.Stage("disclosure", "Suppressing small numbers (primary and secondary)", () => new PublishedResults(
            settings.Period,
            runId,
            PipelineVersion,
            computed.CatalogVersion,
            IndicatorDisclosure.Suppress(computed.Values, configuration.Disclosure),
            TableDisclosure.Suppress(computed.MeterChanges, configuration.Disclosure),
            TableDisclosure.Suppress(computed.GroupActivities, configuration.Disclosure),
            [],
            new Dictionary<string, string>(),
            reference,
            exports.Files,
            exports.HasAttendanceFile,
            configuration.Disclosure.MinimumCellCount), p => p.Indicators.Count(i => i.IsSuppressed));

        var metadata = new ParquetFileMetadata(PipelineVersion, runId, computed.CatalogVersion);
        var names = reference.Municipalities.ToDictionary(m => m.Code, m => m.NameFi, StringComparer.Ordinal);
        var parquetDir = Directory.CreateDirectory(Path.Combine(workPath, "parquet")).FullName;
        reporter.Stage("parquet", "Writing Parquet for researchers", () =>
        {
            Task.WaitAll(
                IndicatorParquetTable.WriteAsync(Path.Combine(parquetDir, IndicatorParquetTable.FileName), published.Indicators, names, metadata),
                MeterChangeParquetTable.WriteAsync(Path.Combine(parquetDir, MeterChangeParquetTable.FileName), published.MeterChanges, metadata),
                GroupActivityParquetTable.WriteAsync(Path.Combine(parquetDir, GroupActivityParquetTable.FileName), published.GroupActivities, metadata));
            var dictionary = IndicatorParquetTable.Describe()
                .Concat(MeterChangeParquetTable.Describe())
                .Concat(GroupActivityParquetTable.Describe())
                .Concat(DataDictionaryParquetTable.Describe())
                .ToList();
            DataDictionaryParquetTable.WriteAsync(Path.Combine(parquetDir, DataDictionaryParquetTable.FileName), dictionary, metadata).GetAwaiter().GetResult();
            var markdown = DataDictionaryMarkdown.Render(dictionary) + "\n" + IndicatorCatalog.ToMarkdown();
            File.WriteAllText(Path.Combine(parquetDir, "DATA_DICTIONARY.md"), markdown, new UTF8Encoding(false));
            return published.Indicators.Count + published.MeterChanges.Count + published.GroupActivities.Count;
        }, n => n);

        reporter.Stage("excel", "Writing the coordinator's Excel workbook", () =>
        {
            var dir = Directory.CreateDirectory(Path.Combine(workPath, "excel")).FullName;
            CoordinatorWorkbook.Write(Path.Combine(dir, CoordinatorWorkbook.FileName(published.Period)), published);
            return 1;
        });

        if (settings.Restricted)
        {
            WriteRestricted(computed, published.Indicators, names, metadata, workPath, reporter);
        }

        return published;
    }

    private static void WriteRestricted(IndicatorResult computed, IReadOnlyList<PublishedIndicator> published, Dictionary<string, string> names, ParquetFileMetadata metadata, string workPath, ConsoleReporter reporter)
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
