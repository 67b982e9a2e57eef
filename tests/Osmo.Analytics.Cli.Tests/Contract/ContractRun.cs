using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Runs <c>osmo validate</c> on an export folder in process and reads back what it wrote: <c>run.json</c>,
/// <c>quarantine.csv</c>, <c>data-quality.html</c> and the console output.</summary>
/// <remarks>Outputs are read with independent code (System.Text.Json, a small RFC 4180 reader here), not with the
/// pipeline's own readers.</remarks>
internal sealed class ContractRun
{
    /// <summary>The export date of every contract run: 2025-11-05, so 2025-11-06 is the first future day.</summary>
    public const string ExportDate = "2025-11-05";

    /// <summary>Every reason code in contract precedence order.</summary>
    public static readonly string[] Reasons =
        ["direct_identifier", "duplicate_row", "bad_value", "unknown_code", "future_date", "date_order", "closure_mismatch", "conflicting_key", "orphan_row"];

    private ContractRun(int exitCode, string console, string outDir)
    {
        ExitCode = exitCode;
        Console = console;
        OutDir = outDir;
        ValidationDir = Path.Combine(outDir, "validation");
    }

    public int ExitCode { get; }

    public string Console { get; }

    public string OutDir { get; }

    public string ValidationDir { get; }

    public JsonElement Manifest { get; private set; }

    public IReadOnlyList<FileReport> Inputs { get; private set; } = [];

    public IReadOnlyList<QuarantineRow> Quarantine { get; private set; } = [];

    public string DataQualityHtml { get; private set; } = string.Empty;

    /// <summary>Runs <c>osmo validate --input DIR --out DIR/../out --export-date 2025-11-05 --reference data-samples/reference</c>.</summary>
    public static ContractRun Validate(string inputDir)
    {
        ContractTempFolders.Register(Path.GetDirectoryName(inputDir)!);
        var outDir = Path.Combine(Path.GetDirectoryName(inputDir)!, "out-" + Path.GetFileName(inputDir));
        var (code, console) = CliRunner.Run("validate", "--input", inputDir, "--out", outDir, "--export-date", ExportDate, "--reference", RepositoryPaths.Reference);
        var run = new ContractRun(code, console, outDir);
        var manifest = Path.Combine(run.ValidationDir, "run.json");
        if (File.Exists(manifest))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            run.Manifest = json.RootElement.Clone();
            run.Inputs = [.. run.Manifest.GetProperty("inputs").EnumerateArray().Select(ReadFileReport)];
        }

        var quarantine = Path.Combine(run.ValidationDir, "quarantine", "quarantine.csv");
        if (File.Exists(quarantine))
        {
            var records = SimpleCsv.Parse(File.ReadAllText(quarantine, Encoding.UTF8));
            records[0].Should().Equal("file", "line", "reason", "column", "detail", "row_masked");
            run.Quarantine = [.. records.Skip(1).Select(r => new QuarantineRow(r[0], int.Parse(r[1], CultureInfo.InvariantCulture), r[2], r[3], r[4], r[5]))];
        }

        var html = Path.Combine(run.ValidationDir, "data-quality.html");
        if (File.Exists(html))
        {
            // Decoded: the page writes non-ASCII letters and quotes as character references (&#228;, &#39;).
            run.DataQualityHtml = WebUtility.HtmlDecode(File.ReadAllText(html, Encoding.UTF8));
        }

        return run;
    }

    /// <summary>The manifest entry of an export file.</summary>
    public FileReport Input(string file) => Inputs.Single(i => i.File == file);

    /// <summary>The quarantined rows of one file as (line, reason, column), in file order.</summary>
    public List<(int Line, string Reason, string Column)> QuarantineOf(string file) =>
        [.. Quarantine.Where(q => q.File == file).Select(q => (q.Line, q.Reason, q.Column))];

    /// <summary>Every reason with its count, zeros filled in, from a hand-worked partial list.</summary>
    public static Dictionary<string, long> ByReason(params (string Reason, long Count)[] counts)
    {
        var all = Reasons.ToDictionary(r => r, _ => 0L);
        foreach (var (reason, count) in counts)
        {
            all[reason] = count;
        }

        return all;
    }

    /// <summary>Every output byte (as UTF-8 and as Latin-1 text) plus the console output, by name.</summary>
    public IEnumerable<(string Name, string Text)> EveryOutputText()
    {
        yield return ("console", Console);
        if (!Directory.Exists(OutDir))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(OutDir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            yield return (file, Encoding.UTF8.GetString(bytes));
            yield return (file + " (latin-1)", Encoding.Latin1.GetString(bytes));
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                yield return (file + " (entities decoded)", WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes)));
            }
        }
    }

    private static FileReport ReadFileReport(JsonElement e) => new(
        e.GetProperty("file").GetString()!,
        e.GetProperty("encoding").GetString(),
        e.GetProperty("delimiter").GetString(),
        e.GetProperty("rows_read").GetInt64(),
        e.GetProperty("rows_accepted").GetInt64(),
        e.GetProperty("rows_quarantined").GetInt64(),
        e.GetProperty("quarantined_by_reason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()),
        [.. e.GetProperty("unknown_columns").EnumerateArray().Select(c => c.GetString()!)],
        e.GetProperty("error").GetString());
}
