using System.Collections.Immutable;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Writes generated sample exports to a folder: <c>cases</c>, <c>meters</c>, <c>group_sessions</c>,
/// <c>group_attendance</c> (CSV or XLSX), <c>reference/</c> when the sample's municipalities differ from the shipped
/// defaults (small and national scale), and <c>sample.json</c> + <c>SAMPLE.md</c> with seed, options and planted truths.</summary>
/// <remarks>The CLI's <c>osmo sample --out DIR --scale region --seed N</c> calls <see cref="WriteAsync(string, SampleOptions, SampleWriterOptions?, CancellationToken)"/>.
/// CSV is streamed through buffered writers, the four exports in parallel; XLSX is refused at national scale.</remarks>
public static class SampleWriter
{
    /// <summary>Generates a sample with <paramref name="options"/> and writes it to <paramref name="outDir"/> (created if needed).</summary>
    public static Task<SampleWriteResult> WriteAsync(string outDir, SampleOptions options, SampleWriterOptions? writerOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return WriteAsync(outDir, SampleGenerator.Generate(options), writerOptions ?? new SampleWriterOptions(), cancellationToken);
    }

    /// <summary>Writes an already generated <paramref name="dataset"/> to <paramref name="outDir"/>.</summary>
    /// <exception cref="NotSupportedException">XLSX was asked for at national scale.</exception>
    public static async Task<SampleWriteResult> WriteAsync(string outDir, SampleDataset dataset, SampleWriterOptions writerOptions, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writerOptions);
        writerOptions.Validate();
        if (writerOptions.Format == SampleFileFormat.Xlsx && dataset.Options.Scale == SampleScale.National)
        {
            throw new NotSupportedException(
                "XLSX output is refused at national scale: ClosedXML holds the whole workbook in memory and the sample has millions of rows. Use CSV, or --scale region.");
        }

        Directory.CreateDirectory(outDir);
        var tasks = EntitySchemas.All.Select(schema => Task.Run(() => WriteExportAsync(outDir, dataset, schema, writerOptions, cancellationToken), cancellationToken)).ToArray();
        var exports = await Task.WhenAll(tasks).ConfigureAwait(false);
        var files = ImmutableArray.CreateBuilder<SampleFileInfo>();
        files.AddRange(exports);
        if (dataset.Options.Scale != SampleScale.Region)
        {
            files.AddRange(await WriteReferenceAsync(Path.Combine(outDir, "reference"), dataset, cancellationToken).ConfigureAwait(false));
        }

        var all = files.ToImmutable();
        await SampleSummaryWriter.WriteAsync(outDir, dataset, writerOptions, all, cancellationToken).ConfigureAwait(false);
        return new SampleWriteResult(outDir, all, dataset.Truths);
    }

    /// <summary>Writes the dataset's reference data as the shipped-defaults CSV files (<c>municipalities.csv</c>, ...)
    /// into <paramref name="directory"/>, with comment lines naming source and year (or that it is synthetic).</summary>
    public static Task<ImmutableArray<SampleFileInfo>> WriteReferenceAsync(string directory, SampleDataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var o = dataset.Options;
        return ReferenceCsvWriter.WriteAsync(directory, dataset.Reference, o.Scale == SampleScale.National, o.Seed, o.Period.Year, cancellationToken);
    }

    private static async Task<SampleFileInfo> WriteExportAsync(string outDir, SampleDataset dataset, EntitySchema schema, SampleWriterOptions options, CancellationToken cancellationToken)
    {
        var header = SampleHeaders.For(schema, options.HeaderLanguage);
        var formatter = new SampleCellFormatter(schema, options, dataset.Reference);
        var rows = dataset.Rows(schema.Kind);
        if (options.Format == SampleFileFormat.Xlsx)
        {
            var xlsx = schema.FileStem + ".xlsx";
            var n = XlsxSampleWriter.Write(Path.Combine(outDir, xlsx), schema.FileStem, header, rows, formatter, options.DateStyle);
            return new SampleFileInfo(xlsx, n, "xlsx");
        }

        var name = schema.FileStem + ".csv";
        var encoding = options.EncodingOf(schema.Kind);
        var count = await CsvSampleWriter.WriteAsync(
            Path.Combine(outDir, name), SampleEncodings.Get(encoding), options.Delimiter, [], header, rows, formatter.Format, cancellationToken).ConfigureAwait(false);
        return new SampleFileInfo(name, count, SampleEncodings.Name(encoding));
    }
}
