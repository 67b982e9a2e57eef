using System.Globalization;

namespace Osmo.Analytics.Benchmarks;

/// <summary>Command-line options of the benchmark: <c>osmo-bench [--scale region|national|small|region,national] [--seed N]
/// [--repeat N] [--cache DIR] [--osmo PATH] [--threads N] [--markdown PATH] [--no-duckdb] [--duckdb-full]</c>.</summary>
internal sealed record BenchOptions
{
    public string Scale { get; init; } = "national";

    public int Seed { get; init; } = 20251105;

    /// <summary>Rounds of (pipeline, DuckDB); the best wall time of each is compared.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Folder of cached sample data and run outputs (default <c>bench/</c> at the repository root).</summary>
    public string? CacheDir { get; init; }

    /// <summary>The <c>osmo.dll</c> to run (default: the one built beside the benchmark).</summary>
    public string? OsmoDll { get; init; }

    /// <summary>DuckDB threads (default: the processor count, as the pipeline gets).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the Markdown report is written (default <c>docs/performance.md</c>; "-" = print only).</summary>
    public string? MarkdownPath { get; init; }

    public bool SkipDuckDb { get; init; }

    /// <summary>Also run the DuckDB SQL with every costly check of the pipeline (identifier scan, duplicates, keys).</summary>
    public bool DuckDbFullChecks { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-duckdb")
            {
                options = options with { SkipDuckDb = true };
                continue;
            }

            if (name == "--duckdb-full")
            {
                options = options with { DuckDbFullChecks = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            var value = args[++i];
            options = name switch
            {
                "--scale" when value.Split(',').All(s => s is "small" or "region" or "national") => options with { Scale = value },
                "--scale" => throw new ArgumentException($"--scale must be small, region or national (or a comma list), got '{value}'."),
                "--seed" => options with { Seed = Int(name, value) },
                "--repeat" => options with { Repeat = Math.Max(1, Int(name, value)) },
                "--cache" => options with { CacheDir = value },
                "--osmo" => options with { OsmoDll = value },
                "--threads" => options with { Threads = Math.Max(1, Int(name, value)) },
                "--markdown" => options with { MarkdownPath = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static int Int(string name, string value)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{name} must be a whole number, got '{value}'.");
}
