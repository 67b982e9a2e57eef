using System.CommandLine;
using System.Globalization;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.IO.Sinks.Samples;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.Cli.Commands;

/// <summary><c>osmo sample --out DIR [--scale small|region|national] [--seed N] [--cases N] [--style english|finnish] [--format csv|xlsx]</c>:
/// seeded synthetic exports in the contract's formats, with planted gaps described in <c>SAMPLE.md</c>.</summary>
public static class SampleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(ConsoleReporter reporter)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the exports into.", Required = true };
        var scale = new Option<string>("--scale") { Description = "small (a few municipalities), region (Etelä-Pohjanmaa) or national (about 300 municipalities, 1M cases).", DefaultValueFactory = _ => "region" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => SampleDefaults.Seed };
        var cases = new Option<int?>("--cases") { Description = "Number of cases (default by scale)." };
        var style = new Option<string>("--style") { Description = "english (English headers, ',', ISO dates, UTF-8) or finnish (Finnish headers, ';', d.M.yyyy, UTF-8 BOM, one Windows-1252 file).", DefaultValueFactory = _ => "english" };
        var format = new Option<string>("--format") { Description = "csv or xlsx (xlsx: small and region scale only).", DefaultValueFactory = _ => "csv" };
        var command = new Command("sample", "Write seeded synthetic exports (cases, meters, group sessions, attendance) for trying the pipeline.")
        {
            output, scale, seed, cases, style, format,
        };
        command.SetAction(parse => OsmoCommandLine.Guard(reporter, () =>
        {
            var sampleScale = parse.GetValue(scale) switch
            {
                "small" => SampleScale.Small,
                "region" => SampleScale.Region,
                "national" => SampleScale.National,
                var other => throw new InputRejectedException($"--scale must be small, region or national, got '{other}'."),
            };
            var writer = parse.GetValue(style) switch
            {
                "english" => new SampleWriterOptions(),
                "finnish" => SampleWriterOptions.FinnishStyle,
                var other => throw new InputRejectedException($"--style must be english or finnish, got '{other}'."),
            };
            writer = parse.GetValue(format) switch
            {
                "csv" => writer,
                "xlsx" when sampleScale == SampleScale.National => throw new InputRejectedException("--format xlsx is for small and region scale: a national workbook would not fit in memory."),
                "xlsx" => writer with { Format = SampleFileFormat.Xlsx },
                var other => throw new InputRejectedException($"--format must be csv or xlsx, got '{other}'."),
            };
            var options = new SampleOptions { Scale = sampleScale, Seed = parse.GetValue(seed), CaseCount = parse.GetValue(cases) };
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var result = reporter.Stage("sample", $"Writing {sampleScale.ToString().ToLowerInvariant()} sample", () => SampleWriter.WriteAsync(outDir, options, writer).GetAwaiter().GetResult(), r => r.Files.Sum(f => f.Rows));
            reporter.Table("Sample files", ["file", "rows", "encoding"], result.Files.Select(f => (IReadOnlyList<string>)[f.File, f.Rows.ToString("N0", CultureInfo.InvariantCulture), f.Encoding]));
            reporter.Line($"Written to {outDir}; planted gaps are listed in SAMPLE.md. Exports are dated {options.ExportDate:yyyy-MM-dd}: run with --period {options.Period:yyyy-MM} --export-date {options.ExportDate:yyyy-MM-dd}.");
            return ExitCodes.Done;
        }));
        return command;
    }
}
