using System.Globalization;
using Osmo.Analytics.Benchmarks;

// osmo-bench: the speed and memory benchmark of issue 4 (docs/performance.md).
// `osmo-bench duckdb ...` is the DuckDB yardstick's own child process; `osmo-bench profile ...` splits the ingest stage.
if (args.Length > 0 && args[0] == "duckdb")
{
    return DuckDbYardstick.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return IngestProfile.Run(args[1..]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var root = RepositoryRoot();
var cache = Path.GetFullPath(options.CacheDir ?? Path.Combine(root, "bench"));
var osmo = Path.GetFullPath(options.OsmoDll ?? Path.Combine(AppContext.BaseDirectory, "osmo.dll"));
if (!File.Exists(osmo))
{
    Console.Error.WriteLine($"osmo.dll not found at {osmo}: build the benchmark (it references the Cli) or pass --osmo PATH.");
    return 2;
}

var defaultReference = Path.Combine(Path.GetDirectoryName(osmo)!, "reference");
var results = new List<ScaleResult>();
foreach (var scale in options.Scale.Split(','))
{
    Console.WriteLine($"[{scale}] sample data in {cache} ...");
    var (folder, sample, generated) = SampleCache.Ensure(cache, scale, options.Seed);
    Console.WriteLine(generated > 0 ? $"[{scale}] generated in {generated:0.0} s" : $"[{scale}] reused {folder}");
    var period = sample.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    var exportDate = sample.ExportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var runs = Path.Combine(cache, "runs", $"{scale}-{options.Seed}");
    var pipeline = new List<EngineResult>();
    var duckDb = new List<EngineResult>();
    var duckDbFull = new List<EngineResult>();
    var loadBefore = MachineInfo.LoadAverage();
    for (var round = 1; round <= options.Repeat; round++)
    {
        var p = Engines.Pipeline(osmo, folder, period, exportDate, Path.Combine(runs, "pipeline"));
        pipeline.Add(p);
        Console.WriteLine($"[{scale}] round {round}: pipeline {p.Child.WallSeconds:0.00} s, peak {p.Child.PeakMegabytes:N0} MB");
        if (!options.SkipDuckDb)
        {
            var d = Engines.DuckDb(folder, defaultReference, period, exportDate, options.Threads, fullChecks: false, Path.Combine(runs, "duckdb"));
            duckDb.Add(d);
            Console.WriteLine($"[{scale}] round {round}: DuckDB SQL {d.Child.WallSeconds:0.00} s, peak {d.Child.PeakMegabytes:N0} MB");
            if (options.DuckDbFullChecks)
            {
                var f = Engines.DuckDb(folder, defaultReference, period, exportDate, options.Threads, fullChecks: true, Path.Combine(runs, "duckdb-full"));
                duckDbFull.Add(f);
                Console.WriteLine($"[{scale}] round {round}: DuckDB SQL, all checks {f.Child.WallSeconds:0.00} s, peak {f.Child.PeakMegabytes:N0} MB");
            }
        }
    }

    results.Add(new ScaleResult(scale, options.Seed, folder, generated, pipeline, duckDb, duckDbFull, loadBefore, MachineInfo.LoadAverage()));
}

var command = "dotnet run -c Release --project benchmarks/Osmo.Analytics.Benchmarks -- " + string.Join(' ', args);
var markdown = BenchReport.Render(results, command.TrimEnd(), DateTimeOffset.UtcNow);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.MarkdownPath != "-")
{
    var path = Path.GetFullPath(options.MarkdownPath ?? Path.Combine(root, "docs", "performance.md"));
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, BenchReport.KeepNotes(markdown, File.Exists(path) ? File.ReadAllText(path) : null));
    Console.WriteLine($"Written to {path}");
}

var national = results.FirstOrDefault(r => r.Scale == "national");
return national is null || (national.BestPipeline.Child.WallSeconds < BenchReport.WallBudgetSeconds
    && national.BestPipeline.Child.PeakMegabytes < BenchReport.PeakBudgetMegabytes
    && (national.BestDuckDb is null || national.BestPipeline.Child.WallSeconds / national.BestDuckDb.Child.WallSeconds <= BenchReport.RatioBudget)) ? 0 : 3;

// The folder holding Osmo.Analytics.sln, from the working directory up; else the working directory.
static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
