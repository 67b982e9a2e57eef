namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>The data dictionary <c>data_dictionary.parquet</c>: every column of every published table.
/// Grain: one row per table x column, in the order given (tables as listed, columns in file order).</summary>
public static class DataDictionaryParquetTable
{
    /// <summary>Table name in the data dictionary.</summary>
    public const string TableName = "data_dictionary";

    /// <summary>File name in <c>parquet/</c>.</summary>
    public const string FileName = "data_dictionary.parquet";

    private static readonly ParquetTableWriter<DataDictionaryEntry> Writer = new ParquetTableBuilder<DataDictionaryEntry>(TableName)
        .Utf8("table", e => e.Table, nullable: false, "Table (file name without .parquet).")
        .Utf8("column", e => e.Column, nullable: false, "Column name.")
        .Utf8("type", e => e.Type, nullable: false, "Parquet type: DATE, UTF8, INT32, INT64, DOUBLE or BOOLEAN.")
        .Boolean("nullable", e => e.Nullable, nullable: false, "Whether the column may be null.")
        .Utf8("description", e => e.Description, nullable: false, "What the column means.")
        .Build();

    /// <summary>The dictionary's own columns as entries.</summary>
    public static IReadOnlyList<DataDictionaryEntry> Describe() => Writer.Describe();

    /// <summary>Writes the entries, in the given order, to a new file.</summary>
    public static Task WriteAsync(string path, IEnumerable<DataDictionaryEntry> entries, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Writer.WriteAsync(path, entries, metadata.ToKeyValues(), cancellationToken);
    }

    /// <summary>Writes the entries, in the given order, to a writable, seekable stream.</summary>
    public static Task WriteAsync(Stream output, IEnumerable<DataDictionaryEntry> entries, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Writer.WriteAsync(output, entries, metadata.ToKeyValues(), cancellationToken);
    }
}
