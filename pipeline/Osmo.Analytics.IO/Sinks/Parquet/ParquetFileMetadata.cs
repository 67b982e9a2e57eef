namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>The key-value metadata every Parquet file of a run carries in its footer.</summary>
/// <param name="PipelineVersion">Version of the pipeline that wrote the file.</param>
/// <param name="RunId">Id of the run (from the run manifest).</param>
/// <param name="CatalogVersion">Version of the indicator catalog the values follow.</param>
/// <remarks>Deliberately no write time: reruns with the same inputs must give byte-identical files, and the
/// wall-clock time lives only in <c>run.json</c>.</remarks>
public sealed record ParquetFileMetadata(string PipelineVersion, string RunId, string CatalogVersion)
{
    /// <summary>The key-value pairs in a fixed order, with <paramref name="disclosure"/> when given
    /// (<c>published</c> or <c>restricted</c>).</summary>
    public IReadOnlyDictionary<string, string> ToKeyValues(string? disclosure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(PipelineVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(RunId);
        ArgumentException.ThrowIfNullOrWhiteSpace(CatalogVersion);

        // Dictionary keeps insertion order when nothing is removed: the footer is written in this order.
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ParquetSinkDefaults.PipelineVersionKey] = PipelineVersion,
            [ParquetSinkDefaults.RunIdKey] = RunId,
            [ParquetSinkDefaults.CatalogVersionKey] = CatalogVersion,
        };
        if (disclosure is not null)
        {
            pairs[ParquetSinkDefaults.DisclosureKey] = disclosure;
        }

        return pairs;
    }
}
