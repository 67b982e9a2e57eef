namespace Osmo.Analytics.IO.Manifest;

/// <summary>Wall time of one stage of the run.</summary>
/// <param name="Stage">Stage name (<c>ingest</c>, <c>indicators</c>, <c>parquet</c>...).</param>
/// <param name="Seconds">Elapsed seconds.</param>
/// <param name="Rows">Rows the stage processed, where meaningful.</param>
public sealed record StageTiming(string Stage, double Seconds, long? Rows);
