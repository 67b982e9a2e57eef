namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>One column of one published table, as <c>data_dictionary.parquet</c> and <c>DATA_DICTIONARY.md</c> list it.
/// Grain: one row per table x column, in the table's column order.</summary>
/// <param name="Table">Table name (<c>indicators</c>).</param>
/// <param name="Column">Column name (<c>municipality_code</c>).</param>
/// <param name="Type">Parquet type (<c>DATE</c>, <c>UTF8</c>, <c>INT32</c>, <c>INT64</c>, <c>DOUBLE</c>, <c>BOOLEAN</c>).</param>
/// <param name="Nullable">Whether the column may be null.</param>
/// <param name="Description">What the column means.</param>
public sealed record DataDictionaryEntry(string Table, string Column, string Type, bool Nullable, string Description);
