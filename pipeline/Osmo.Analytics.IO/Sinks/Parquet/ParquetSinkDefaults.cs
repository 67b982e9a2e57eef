using Parquet;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>Defaults of the Parquet sinks.</summary>
public static class ParquetSinkDefaults
{
    /// <summary>Rows per row group: 250,000. Large enough for good compression and few footers, small enough that
    /// one group's column buffers stay in the tens of megabytes.</summary>
    public const int RowGroupSize = 250_000;

    /// <summary>Compression: Snappy, the codec every Parquet reader (DuckDB, pyarrow, Spark, older Hive) supports.</summary>
    public const CompressionMethod Compression = CompressionMethod.Snappy;

    /// <summary>Values Parquet.Net samples before it scans a whole string column for dictionary encoding: 10,000.</summary>
    public const int DictionaryEncodingSampleSize = 10_000;

    /// <summary>Metadata key of the pipeline version.</summary>
    public const string PipelineVersionKey = "pipeline_version";

    /// <summary>Metadata key of the run id.</summary>
    public const string RunIdKey = "run_id";

    /// <summary>Metadata key of the indicator catalog version.</summary>
    public const string CatalogVersionKey = "catalog_version";

    /// <summary>Metadata key telling whether a file is <c>published</c> (suppressed) or <c>restricted</c>.</summary>
    public const string DisclosureKey = "disclosure";
}
