using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>One column of a <see cref="ParquetTableWriter{T}"/>: name, type, nullability, description and how to
/// read its value from a row. Made by <see cref="ParquetTableBuilder{T}"/>.</summary>
/// <typeparam name="T">The row type.</typeparam>
public abstract class ParquetColumn<T>
{
    private protected ParquetColumn(string name, ParquetColumnType type, bool isNullable, string description, Type clrType)
    {
        Name = name;
        Type = type;
        IsNullable = isNullable;
        Description = description;
        Field = new DataField(name, clrType, isNullable);
    }

    /// <summary>Column name (snake_case).</summary>
    public string Name { get; }

    /// <summary>Parquet type.</summary>
    public ParquetColumnType Type { get; }

    /// <summary>Whether the column may hold nulls (OPTIONAL) or not (REQUIRED).</summary>
    public bool IsNullable { get; }

    /// <summary>What the column means, for the data dictionary.</summary>
    public string Description { get; }

    /// <summary>The type as the data dictionary names it (<c>DATE</c>, <c>UTF8</c>, <c>INT64</c>...).</summary>
    public string TypeName => Type switch
    {
        ParquetColumnType.Date => "DATE",
        ParquetColumnType.Utf8 => "UTF8",
        ParquetColumnType.Int32 => "INT32",
        ParquetColumnType.Int64 => "INT64",
        ParquetColumnType.Double => "DOUBLE",
        ParquetColumnType.Boolean => "BOOLEAN",
        _ => Type.ToString().ToUpperInvariant(),
    };

    internal DataField Field { get; }

    internal abstract ColumnBuffer CreateBuffer(int capacity);

    /// <summary>Doubles a buffer from 1,024 up to the row group size, so small tables keep small buffers.</summary>
    private protected static int Grow(int length, int capacity) => Math.Min(capacity, Math.Max(1024, length * 2));

    private protected InvalidOperationException NullInRequiredColumn(int row) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Column '{Name}' is not nullable but row {row} of the group gave null."));

    /// <summary>Values of one row group, filled row by row and written column by column.</summary>
    internal abstract class ColumnBuffer
    {
        public abstract void Add(T row, int index);

        public abstract Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken);
    }
}
