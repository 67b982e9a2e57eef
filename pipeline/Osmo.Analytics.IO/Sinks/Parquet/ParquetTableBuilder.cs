using System.Diagnostics.CodeAnalysis;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>Declares the columns of a Parquet table, in file order, then builds the reusable
/// <see cref="ParquetTableWriter{T}"/>.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <example>
/// <code>
/// var writer = new ParquetTableBuilder&lt;Flag&gt;("flags")
///     .Date("period", f => f.Period, nullable: false, "First day of the month.")
///     .Utf8("rule_id", f => f.RuleId, nullable: false, "Flag rule id.")
///     .Build();
/// </code>
/// </example>
public sealed class ParquetTableBuilder<T>
{
    private readonly List<ParquetColumn<T>> _columns = [];
    private int _rowGroupSize = ParquetSinkDefaults.RowGroupSize;

    /// <summary>Starts a table.</summary>
    /// <param name="tableName">Table name as the data dictionary shows it (<c>indicators</c>).</param>
    public ParquetTableBuilder(string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        TableName = tableName;
    }

    /// <summary>The table name.</summary>
    public string TableName { get; }

    /// <summary>Sets the rows per row group.</summary>
    /// <value>Default <see cref="ParquetSinkDefaults.RowGroupSize"/>.</value>
    public ParquetTableBuilder<T> WithRowGroupSize(int rowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        _rowGroupSize = rowGroupSize;
        return this;
    }

    /// <summary>Adds a DATE column.</summary>
    public ParquetTableBuilder<T> Date(string name, Func<T, DateOnly?> get, bool nullable, string description) =>
        Add(name, description, get, n => new StructParquetColumn<T, DateOnly>(n, ParquetColumnType.Date, nullable, description, get));

    /// <summary>Adds a UTF8 string column.</summary>
    public ParquetTableBuilder<T> Utf8(string name, Func<T, string?> get, bool nullable, string description) =>
        Add(name, description, get, n => new Utf8ParquetColumn<T>(n, nullable, description, get));

    /// <summary>Adds an INT32 column.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    public ParquetTableBuilder<T> Int32(string name, Func<T, int?> get, bool nullable, string description) =>
        Add(name, description, get, n => new StructParquetColumn<T, int>(n, ParquetColumnType.Int32, nullable, description, get));

    /// <summary>Adds an INT64 column.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    public ParquetTableBuilder<T> Int64(string name, Func<T, long?> get, bool nullable, string description) =>
        Add(name, description, get, n => new StructParquetColumn<T, long>(n, ParquetColumnType.Int64, nullable, description, get));

    /// <summary>Adds a DOUBLE column.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    public ParquetTableBuilder<T> Double(string name, Func<T, double?> get, bool nullable, string description) =>
        Add(name, description, get, n => new StructParquetColumn<T, double>(n, ParquetColumnType.Double, nullable, description, get));

    /// <summary>Adds a BOOLEAN column.</summary>
    public ParquetTableBuilder<T> Boolean(string name, Func<T, bool?> get, bool nullable, string description) =>
        Add(name, description, get, n => new StructParquetColumn<T, bool>(n, ParquetColumnType.Boolean, nullable, description, get));

    /// <summary>Freezes the columns into a writer.</summary>
    /// <exception cref="InvalidOperationException">No column was declared.</exception>
    public ParquetTableWriter<T> Build()
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException($"Table '{TableName}' has no columns.");
        }

        return new ParquetTableWriter<T>(TableName, [.. _columns], _rowGroupSize);
    }

    private ParquetTableBuilder<T> Add(string name, string description, Delegate get, Func<string, ParquetColumn<T>> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(get);
        if (_columns.Exists(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            // Case-insensitive: DuckDB and Spark resolve names case-insensitively.
            throw new ArgumentException($"Table '{TableName}' already has a column '{name}'.", nameof(name));
        }

        _columns.Add(create(name));
        return this;
    }
}
