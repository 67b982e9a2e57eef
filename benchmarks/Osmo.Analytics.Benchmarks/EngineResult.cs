namespace Osmo.Analytics.Benchmarks;

/// <summary>One engine's measured run.</summary>
/// <param name="Engine">Engine name (<c>osmo pipeline</c> or <c>DuckDB SQL</c>).</param>
/// <param name="Child">The child process measurement.</param>
/// <param name="Stages">Per-stage timings in run order.</param>
/// <param name="Files">Per input file: rows read and accepted.</param>
/// <param name="Outputs">Output files (relative path, bytes).</param>
internal sealed record EngineResult(
    string Engine,
    ChildMeasurement Child,
    IReadOnlyList<StageTiming> Stages,
    IReadOnlyList<(string File, long Read, long Accepted)> Files,
    IReadOnlyList<(string Path, long Bytes)> Outputs);
