namespace Osmo.Analytics.Benchmarks;

/// <summary>One SQL statement of the DuckDB yardstick.</summary>
/// <param name="Stage">The stage it is timed under (<c>read_csv</c>, <c>validate</c>, <c>indicators</c>, <c>parquet</c>).</param>
/// <param name="Name">A short name for the timing line.</param>
/// <param name="Sql">The statement.</param>
/// <param name="CountTable">A table whose row count is the step's rows, or null.</param>
internal sealed record DuckDbStep(string Stage, string Name, string Sql, string? CountTable = null);
