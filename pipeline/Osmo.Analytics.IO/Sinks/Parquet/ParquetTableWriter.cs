using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>Writes rows of <typeparamref name="T"/> as one Parquet file, row group by row group, with the columns
/// declared in a <see cref="ParquetTableBuilder{T}"/>. Immutable and reusable; one write holds one row group in memory.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <remarks>The output is deterministic: the same rows in the same order give the same bytes (Parquet.Net writes
/// no timestamp; the footer's <c>created_by</c> names only the library version). Ordering rows is the caller's job.</remarks>
public sealed class ParquetTableWriter<T>
{
    private readonly ParquetSchema _schema;

    internal ParquetTableWriter(string tableName, ImmutableArray<ParquetColumn<T>> columns, int rowGroupSize)
    {
        TableName = tableName;
        Columns = columns;
        RowGroupSize = rowGroupSize;
        _schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
    }

    /// <summary>The table name.</summary>
    public string TableName { get; }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<ParquetColumn<T>> Columns { get; }

    /// <summary>Rows per row group.</summary>
    public int RowGroupSize { get; }

    /// <summary>The data dictionary entries of this table's columns, in column order.</summary>
    public IReadOnlyList<DataDictionaryEntry> Describe() =>
        [.. Columns.Select(c => new DataDictionaryEntry(TableName, c.Name, c.TypeName, c.IsNullable, c.Description))];

    /// <summary>Writes the rows to a new file at <paramref name="path"/> (replacing any file there).</summary>
    public async Task WriteAsync(string path, IEnumerable<T> rows, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(stream, rows, metadata, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the rows to a writable, seekable stream, which stays open.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="metadata">Key-value metadata for the footer (<see cref="ParquetFileMetadata.ToKeyValues"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(Stream output, IEnumerable<T> rows, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metadata);

        var options = new ParquetOptions
        {
            CompressionMethod = ParquetSinkDefaults.Compression,

            // Decide on dictionary encoding from a sample instead of a full scan of every string column:
            // about twice as fast on code columns, and still deterministic (same rows, same choice).
            DictionaryEncodingSampleSize = ParquetSinkDefaults.DictionaryEncodingSampleSize,
        };
        var writer = await ParquetWriter.CreateAsync(_schema, output, options, append: false, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = metadata;
            var buffers = new ParquetColumn<T>.ColumnBuffer[Columns.Count];
            for (var c = 0; c < buffers.Length; c++)
            {
                buffers[c] = Columns[c].CreateBuffer(RowGroupSize);
            }

            var count = 0;
            foreach (var row in rows)
            {
                for (var c = 0; c < buffers.Length; c++)
                {
                    buffers[c].Add(row, count);
                }

                if (++count == RowGroupSize)
                {
                    await WriteRowGroupAsync(writer, buffers, count, cancellationToken).ConfigureAwait(false);
                    count = 0;
                }
            }

            // An empty table has no row group at all: readers still see the schema.
            if (count > 0)
            {
                await WriteRowGroupAsync(writer, buffers, count, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ParquetColumn<T>.ColumnBuffer[] buffers, int count, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        foreach (var buffer in buffers)
        {
            await buffer.WriteAsync(group, count, cancellationToken).ConfigureAwait(false);
        }

        group.CompleteValidate();
    }
}
