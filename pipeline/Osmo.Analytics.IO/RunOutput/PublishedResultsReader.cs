using System.Globalization;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.IO.Manifest;
using Osmo.Analytics.IO.Sinks.Parquet;
using Osmo.Analytics.Reference;
using Parquet;
using Parquet.Schema;

namespace Osmo.Analytics.IO.RunOutput;

/// <summary>Reads a finished run folder (<c>run.json</c> and the published Parquet) back into
/// <see cref="PublishedResults"/>, for <c>osmo render</c>.</summary>
/// <remarks>Every row goes through <see cref="PublishedRestore"/>: a suppressed row stays suppressed and a shown row is
/// checked again by the primary rule, so a re-render never shows more than the files did. Rows come back in file
/// order (the writers' sorted order).</remarks>
public static class PublishedResultsReader
{
    /// <summary>Files a finished run folder must hold, relative to it.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } =
    [
        "run.json",
        "parquet/" + IndicatorParquetTable.FileName,
        "parquet/" + MeterChangeParquetTable.FileName,
        "parquet/" + GroupActivityParquetTable.FileName,
        "parquet/" + FlagParquetTable.FileName,
        "reference/municipalities.csv",
    ];

    /// <summary>The required files (<see cref="RequiredFiles"/>) missing from <paramref name="runDir"/>; empty when it is a finished run folder.</summary>
    public static IReadOnlyList<string> MissingFiles(string runDir) =>
        [.. RequiredFiles.Where(f => !File.Exists(Path.Combine(runDir, f.Replace('/', Path.DirectorySeparatorChar))))];

    /// <summary>Reads the run folder into published results.</summary>
    /// <param name="runDir">The finished run folder (<c>OUT/2025-10</c>).</param>
    /// <param name="reference">Reference data (load it from <c>runDir/reference</c>).</param>
    /// <param name="peerGroups">Peer group id per municipality code (empty when off).</param>
    /// <param name="minimumCellCount">The disclosure threshold of the run.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<PublishedResults> ReadAsync(
        string runDir,
        ReferenceData reference,
        IReadOnlyDictionary<string, string> peerGroups,
        int minimumCellCount,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(peerGroups);
        var manifest = RunManifestWriter.Read(Path.Combine(runDir, "run.json"));
        var periodText = manifest.Parameters.GetValueOrDefault("period")
            ?? throw new InvalidDataException("run.json has no period parameter.");
        var period = DateOnly.ParseExact(periodText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var parquet = Path.Combine(runDir, "parquet");
        var (indicators, catalogVersion) = await ReadIndicatorsAsync(Path.Combine(parquet, IndicatorParquetTable.FileName), minimumCellCount, cancellationToken).ConfigureAwait(false);
        var meters = await ReadTableAsync(Path.Combine(parquet, MeterChangeParquetTable.FileName), (t, i) => MeterChangeRow(t, i, minimumCellCount), cancellationToken).ConfigureAwait(false);
        var groups = await ReadTableAsync(Path.Combine(parquet, GroupActivityParquetTable.FileName), (t, i) => GroupActivityRow(t, i, minimumCellCount), cancellationToken).ConfigureAwait(false);
        var flags = await ReadTableAsync(Path.Combine(parquet, FlagParquetTable.FileName), FlagRow, cancellationToken).ConfigureAwait(false);
        var exports = manifest.Inputs.Where(i => i.Kind != "reference").ToList();
        return new PublishedResults(
            period,
            manifest.RunId,
            manifest.PipelineVersion,
            catalogVersion,
            indicators,
            meters,
            groups,
            flags,
            peerGroups,
            reference,
            exports,
            exports.Any(i => i.Kind == "group_attendance"),
            minimumCellCount);
    }

    private static async Task<(List<PublishedIndicator> Rows, string CatalogVersion)> ReadIndicatorsAsync(string path, int k, CancellationToken cancellationToken)
    {
        string? catalog = null;
        var rows = await ReadTableAsync(path, (t, i) =>
        {
            var value = new IndicatorValue(
                t.Date("period", i), t.Text("window", i)!, t.Text("level", i)!, t.Text("wellbeing_county", i), t.Text("municipality_code", i),
                t.Text("target_group", i), t.Text("indicator_id", i)!, t.Int64("numerator", i), t.Int64("denominator", i), t.Double("value", i),
                t.Double("ci_low", i), t.Double("ci_high", i), t.Text("unit", i)!)
            {
                PeerGroup = t.Text("peer_group", i),
            };
            return PublishedRestore.Indicator(value, t.Bool("suppressed", i), k);
        }, cancellationToken, metadata => catalog = metadata.GetValueOrDefault(ParquetSinkDefaults.CatalogVersionKey)).ConfigureAwait(false);
        return (rows, catalog ?? throw new InvalidDataException($"{path} has no {ParquetSinkDefaults.CatalogVersionKey} in its footer."));
    }

    private static PublishedMeterChange MeterChangeRow(ColumnSet t, int i, int k)
    {
        // A null number is a hidden one: 0 stands in and the row stays (or becomes) suppressed.
        var n = t.Int64("n", i);
        var mean = t.Double("mean_change", i);
        var improvedN = t.Int64("improved_n", i);
        var improvedPct = t.Double("improved_pct", i);
        var change = new MeterChange(
            t.Date("period", i), t.Text("window", i)!, t.Text("level", i)!, t.Text("wellbeing_county", i), t.Text("municipality_code", i),
            t.Text("target_group", i), t.Text("meter", i)!, t.Text("domain", i)!, n ?? 0, mean ?? 0, t.Double("sd", i), t.Double("ci_low", i),
            t.Double("ci_high", i), improvedN ?? 0, improvedPct ?? 0, t.Double("improved_ci_low", i), t.Double("improved_ci_high", i));
        var suppressed = t.Bool("suppressed", i) || n is null || mean is null;
        var improvedSuppressed = t.Bool("improved_suppressed", i) || improvedN is null || improvedPct is null;
        return PublishedRestore.MeterChange(change, suppressed, improvedSuppressed, k);
    }

    private static PublishedGroupActivity GroupActivityRow(ColumnSet t, int i, int k)
    {
        var activity = new GroupActivity(
            t.Date("period", i), t.Text("window", i)!, t.Text("wellbeing_county", i)!, t.Text("municipality_code", i)!, t.Text("group_id", i)!,
            t.Text("group_name", i)!, t.Text("group_type", i)!, t.Text("target_group", i), t.Int32("sessions_held", i) ?? 0,
            t.Int32("sessions_cancelled", i) ?? 0, t.Int32("sessions_no_participants", i) ?? 0, t.Int32("sessions_experience_expert", i) ?? 0,
            t.Double("attendance_mean", i), t.Int32("participants_distinct", i));
        return PublishedRestore.GroupActivity(activity, t.Bool("attendance_suppressed", i), t.Bool("participants_suppressed", i), k);
    }

    private static Flag FlagRow(ColumnSet t, int i) =>
        new(
            t.Date("period", i), t.Text("rule", i)!, t.Text("level", i)!, t.Text("wellbeing_county", i)!, t.Text("municipality_code", i)!,
            t.Text("target_group", i), t.Text("group_ids", i), t.Text("severity", i)!, t.Text("indicator_id", i), t.Double("value", i),
            t.Text("comparator_kind", i), t.Double("comparator_value", i), t.Int64("n", i), t.Text("statistic", i),
            t.Text("evidence_fi", i)!, t.Text("evidence_sv", i)!, t.Text("evidence_en", i)!, t.Text("action_fi", i)!, t.Text("action_sv", i)!,
            t.Text("action_en", i)!, t.Date("first_seen", i), t.Int32("months_in_row", i) ?? 0)
        {
            PeerGroupId = t.Text("peer_group", i),
            PeerGroupValue = t.Double("peer_group_value", i),
        };

    private static async Task<List<T>> ReadTableAsync<T>(
        string path,
        Func<ColumnSet, int, T> row,
        CancellationToken cancellationToken,
        Action<IReadOnlyDictionary<string, string>>? metadata = null)
    {
        var rows = new List<T>();
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                metadata?.Invoke(reader.CustomMetadata);
                var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    var columns = await ColumnSet.ReadAsync(group, fields, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        rows.Add(row(columns, i));
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The columns of one row group, by name.</summary>
    private sealed class ColumnSet
    {
        private readonly Dictionary<string, Array> _columns = new(StringComparer.Ordinal);

        public int Count { get; private init; }

        public static async Task<ColumnSet> ReadAsync(ParquetRowGroupReader group, Dictionary<string, DataField> fields, CancellationToken cancellationToken)
        {
            var count = checked((int)group.RowCount);
            var set = new ColumnSet { Count = count };
            foreach (var (name, field) in fields)
            {
                set._columns[name] = field.ClrType switch
                {
                    var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => await ReadStringsAsync(group, field, count, cancellationToken).ConfigureAwait(false),
                    var t when t == typeof(DateOnly) => await ReadStructAsync<DateOnly>(group, field, count, cancellationToken).ConfigureAwait(false),
                    var t when t == typeof(DateTime) => ToDates((DateTime?[])await ReadStructAsync<DateTime>(group, field, count, cancellationToken).ConfigureAwait(false)),
                    var t when t == typeof(int) => await ReadStructAsync<int>(group, field, count, cancellationToken).ConfigureAwait(false),
                    var t when t == typeof(long) => await ReadStructAsync<long>(group, field, count, cancellationToken).ConfigureAwait(false),
                    var t when t == typeof(double) => await ReadStructAsync<double>(group, field, count, cancellationToken).ConfigureAwait(false),
                    var t when t == typeof(bool) => await ReadStructAsync<bool>(group, field, count, cancellationToken).ConfigureAwait(false),
                    _ => throw new InvalidDataException($"Column {name} has an unexpected type {field.ClrType}."),
                };
            }

            return set;
        }

        public string? Text(string name, int i) => ((string?[])Get(name))[i];

        public DateOnly Date(string name, int i) => ((DateOnly?[])Get(name))[i] ?? throw new InvalidDataException($"Column {name} is null in row {i}.");

        public int? Int32(string name, int i) => ((int?[])Get(name))[i];

        public long? Int64(string name, int i) => ((long?[])Get(name))[i];

        public double? Double(string name, int i) => ((double?[])Get(name))[i];

        // A missing or null suppression flag reads as suppressed (fail closed).
        public bool Bool(string name, int i) => !_columns.TryGetValue(name, out var column) || (((bool?[])column)[i] ?? true);

        private Array Get(string name) => _columns.TryGetValue(name, out var column)
            ? column
            : throw new InvalidDataException($"Column {name} is missing.");

        // Parquet.Net reports a DATE column as DateTime; the tables hold dates only.
        private static DateOnly?[] ToDates(DateTime?[] values) =>
            [.. values.Select(v => v is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null)];

        private static async Task<Array> ReadStringsAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return values;
        }

        private static async Task<Array> ReadStructAsync<TValue>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
            where TValue : struct
        {
            var values = new TValue?[count];
            if (field.IsNullable)
            {
                await group.ReadAsync<TValue>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                return values;
            }

            var required = new TValue[count];
            await group.ReadAsync<TValue>(field, required.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                values[i] = required[i];
            }

            return values;
        }
    }
}
