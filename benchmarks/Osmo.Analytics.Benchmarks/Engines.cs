using System.Globalization;
using System.Text.Json;

namespace Osmo.Analytics.Benchmarks;

/// <summary>Runs each engine in a fresh child process on the same files and collects its figures.</summary>
internal static class Engines
{
    /// <summary>The <c>dotnet</c> host that runs this process, for the children.</summary>
    public static string DotnetHost
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
            : "dotnet";

    /// <summary><c>osmo run</c>; stages and row counts from its <c>run.json</c>.</summary>
    public static EngineResult Pipeline(string osmoDll, string input, string period, string exportDate, string outRoot)
    {
        if (Directory.Exists(outRoot))
        {
            Directory.Delete(outRoot, recursive: true);
        }

        Directory.CreateDirectory(outRoot);
        var child = ChildProcessMeter.Run(DotnetHost, [osmoDll, "run", "--input", input, "--period", period, "--export-date", exportDate, "--out", outRoot], outRoot);
        var manifest = Path.Combine(outRoot, period, "run.json");
        if (child.ExitCode != 0 || !File.Exists(manifest))
        {
            throw new InvalidOperationException($"osmo run failed (exit {child.ExitCode}):\n{child.Stdout}\n{child.Stderr}");
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var root = json.RootElement;
        var stages = root.GetProperty("stages").EnumerateArray()
            .Select(s => new StageTiming(
                s.GetProperty("stage").GetString()!,
                s.GetProperty("seconds").GetDouble(),
                s.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Number ? rows.GetInt64() : null))
            .ToList();
        var files = root.GetProperty("inputs").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() != "reference")
            .Select(f => (f.GetProperty("file").GetString()!, f.GetProperty("rows_read").GetInt64(), f.GetProperty("rows_accepted").GetInt64()))
            .ToList();
        var outputs = root.GetProperty("outputs").EnumerateArray()
            .Select(o => (o.GetProperty("path").GetString()!, o.GetProperty("bytes").GetInt64()))
            .ToList();
        return new EngineResult("osmo pipeline", child, stages, files, outputs);
    }

    /// <summary>The DuckDB SQL yardstick in a child of this same program (<c>osmo-bench duckdb ...</c>).</summary>
    public static EngineResult DuckDb(string input, string defaultReference, string period, string exportDate, int threads, bool fullChecks, string outRoot)
    {
        if (Directory.Exists(outRoot))
        {
            Directory.Delete(outRoot, recursive: true);
        }

        var self = Path.Combine(AppContext.BaseDirectory, "osmo-bench.dll");
        var child = ChildProcessMeter.Run(
            DotnetHost,
            [self, "duckdb", "--input", input, "--default-reference", defaultReference, "--out", outRoot, "--period", period, "--export-date", exportDate, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--checks", fullChecks ? "full" : "core"],
            AppContext.BaseDirectory);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"DuckDB yardstick failed (exit {child.ExitCode}):\n{child.Stdout}\n{child.Stderr}");
        }

        var steps = new List<(string Stage, double Seconds, long Rows)>();
        var files = new List<(string File, long Read, long Accepted)>();
        foreach (var line in child.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('\t');
            if (f[0] == "step")
            {
                steps.Add((f[1], double.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[4], CultureInfo.InvariantCulture)));
            }
            else if (f[0] == "file")
            {
                files.Add((f[1], long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture)));
            }
        }

        // Stage rows: rows read for reading and checking; for the others the stage's last counted step (the long
        // indicator table), as the pipeline counts indicator rows.
        var read = files.Sum(f => f.Read);
        var stages = steps.GroupBy(s => s.Stage)
            .Select(g => new StageTiming(g.Key, g.Sum(s => s.Seconds), g.Key is "read_csv" or "validate" ? read : g.LastOrDefault(s => s.Rows >= 0).Rows))
            .ToList();
        var outputs = Directory.EnumerateFiles(outRoot).Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), new FileInfo(p).Length)).ToList();
        return new EngineResult(fullChecks ? "DuckDB SQL, all checks" : "DuckDB SQL", child, stages, files, outputs);
    }
}
