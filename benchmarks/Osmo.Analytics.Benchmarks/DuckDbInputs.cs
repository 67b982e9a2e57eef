namespace Osmo.Analytics.Benchmarks;

/// <summary>Where the DuckDB yardstick reads and writes, and the run's dates.</summary>
/// <param name="InputDir">The export folder (English-style CSV: ',' UTF-8, ISO dates).</param>
/// <param name="DefaultReferenceDir">The shipped reference defaults; <c>reference/</c> inside the input overrides file by file.</param>
/// <param name="OutDir">Where the Parquet files go.</param>
/// <param name="Period">First day of the reported month.</param>
/// <param name="ExportDate">The export date: later dates are <c>future_date</c>.</param>
/// <param name="Threads">DuckDB threads.</param>
/// <param name="FullChecks">Also every check of the pipeline that costs: identifier scan, exact duplicates, conflicting keys.</param>
internal sealed record DuckDbInputs(string InputDir, string DefaultReferenceDir, string OutDir, DateOnly Period, DateOnly ExportDate, int Threads, bool FullChecks)
{
    /// <summary>A reference file: the input's override when present, else the default.</summary>
    public string Reference(string name)
    {
        var local = Path.Combine(InputDir, "reference", name);
        return File.Exists(local) ? local : Path.Combine(DefaultReferenceDir, name);
    }

    public string Export(string name) => Path.Combine(InputDir, name);
}
