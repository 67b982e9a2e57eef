namespace Osmo.Analytics.Benchmarks;

/// <summary>The measured rounds of one scale.</summary>
/// <param name="Scale">small, region or national.</param>
/// <param name="Seed">Sample seed.</param>
/// <param name="SampleFolder">Where the exports are.</param>
/// <param name="GenerationSeconds">Time to generate the sample (0 when reused from the cache).</param>
/// <param name="Pipeline">Pipeline rounds.</param>
/// <param name="DuckDb">DuckDB rounds with the core checks (empty with <c>--no-duckdb</c>): the yardstick.</param>
/// <param name="DuckDbFull">DuckDB rounds with all the pipeline's costly checks too (only with <c>--duckdb-full</c>).</param>
/// <param name="LoadBefore">Load average before the rounds.</param>
/// <param name="LoadAfter">Load average after the rounds.</param>
internal sealed record ScaleResult(
    string Scale,
    int Seed,
    string SampleFolder,
    double GenerationSeconds,
    IReadOnlyList<EngineResult> Pipeline,
    IReadOnlyList<EngineResult> DuckDb,
    IReadOnlyList<EngineResult> DuckDbFull,
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>The fastest pipeline round: the one reported in full.</summary>
    public EngineResult BestPipeline => Pipeline.MinBy(r => r.Child.WallSeconds)!;

    /// <summary>The fastest DuckDB round, or null.</summary>
    public EngineResult? BestDuckDb => DuckDb.MinBy(r => r.Child.WallSeconds);

    /// <summary>The fastest all-checks DuckDB round, or null.</summary>
    public EngineResult? BestDuckDbFull => DuckDbFull.MinBy(r => r.Child.WallSeconds);
}
