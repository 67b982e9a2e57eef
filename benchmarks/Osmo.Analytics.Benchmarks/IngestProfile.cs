using System.Diagnostics;
using System.Globalization;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.Sinks.Quarantine;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Benchmarks;

/// <summary><c>osmo-bench profile --input DIR --reference DIR --export-date yyyy-MM-dd</c>: where the ingest stage's
/// time and memory go, in this process. Per export file: fingerprinting (SHA-256 + encoding pass), tokenizing
/// (records only) and the whole validated ingest; then the managed heap the accepted rows keep.</summary>
internal static class IngestProfile
{
    public static int Run(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        var input = values["--input"];
        var folder = InputFolder.Discover(input);
        Line("file", "fingerprint s", "tokenize s", "tokenize CPU s", "rows", "tokenize rows/s");
        foreach (var file in folder.Files)
        {
            var clock = Stopwatch.StartNew();
            _ = Fingerprinter.Compute(file.Path);
            var fingerprint = clock.Elapsed.TotalSeconds;
            var cpu = Cpu();
            clock.Restart();
            long rows = 0;
            using (var reader = SourceFile.Open(file.Path))
            {
                foreach (var record in reader.Records)
                {
                    rows += record.Cells.Length > 0 ? 1 : 0;
                }
            }

            // Open fingerprints again: subtract it to leave the tokenizer.
            var tokenize = Math.Max(0, clock.Elapsed.TotalSeconds - fingerprint);
            Line(file.FileName, F(fingerprint), F(tokenize), F(Cpu() - cpu), N(rows), N(rows / Math.Max(tokenize, 1e-9)));
        }

        var reference = ReferenceLoader.Load(values["--reference"], folder.ReferenceDirectory);
        var options = new ValidationOptions { ExportDate = DateOnly.ParseExact(values["--export-date"], "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var quarantinePath = Path.Combine(Path.GetTempPath(), $"osmo-bench-quarantine-{Environment.ProcessId}.csv");
        var watch = Stopwatch.StartNew();
        var cpuBefore = Cpu();
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        ValidatedExports exports;
        using (var quarantine = new QuarantineWriter(quarantinePath))
        {
            exports = ExportValidation.ValidateAll(folder, reference.Data, options, quarantine);
        }

        var validate = watch.Elapsed.TotalSeconds;
        var validateCpu = Cpu() - cpuBefore;
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        File.Delete(quarantinePath);
        var read = exports.Files.Sum(f => f.RowsRead);
        System.Console.Out.WriteLine();
        System.Console.Out.WriteLine(Inv($"ValidateAll: {validate:0.00} s for {read:N0} rows ({read / validate:N0} rows/s), {validateCpu:0.00} CPU s, GC pauses {pause:0.00} s, {allocated / 1048576.0:N0} MB allocated, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        System.Console.Out.WriteLine(Inv($"Managed heap kept by the accepted rows: {(after - before) / 1048576.0:N0} MB ({(after - before) / (double)Math.Max(1, read):N0} bytes a row); cases {exports.Cases.Count:N0}, meter rows {exports.Meters.Count:N0}, sessions {exports.Sessions.Count:N0}, attendance {exports.Attendance.Count:N0}"));
        System.Console.Out.WriteLine(Inv($"Process peak resident (VmHWM): {PeakSelf() / 1048576.0:N0} MB; GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}"));
        GC.KeepAlive(exports);
        return 0;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static long PeakSelf()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return Process.GetCurrentProcess().PeakWorkingSet64;
        }

        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static void Line(params string[] cells) => System.Console.Out.WriteLine(string.Join(" | ", cells));

    private static string F(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
