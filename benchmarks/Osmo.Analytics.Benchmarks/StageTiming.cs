namespace Osmo.Analytics.Benchmarks;

/// <summary>A stage's duration and row count (null when the stage does not count rows).</summary>
internal sealed record StageTiming(string Stage, double Seconds, long? Rows)
{
    public double? RowsPerSecond => Rows is { } rows && Seconds > 0 ? rows / Seconds : null;
}
