using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Osmo.Analytics.Benchmarks;

/// <summary>Runs a child process and measures its wall time, CPU time and peak memory.</summary>
/// <remarks>On Linux with GNU time (<c>apt-get install time</c>) the child runs under <c>/usr/bin/time</c>, whose
/// <c>%M</c> is the kernel's <c>ru_maxrss</c> of the waited child: exact. Without it the parent polls
/// <c>/proc/&lt;pid&gt;/status</c> VmHWM (the kernel's own high-water mark, so a missed poll loses nothing but the
/// last few milliseconds) and <c>/proc/&lt;pid&gt;/stat</c> for CPU ticks. <see cref="Process.PeakWorkingSet64"/>
/// after exit is not used: on Linux it is gone with the process.</remarks>
internal static class ChildProcessMeter
{
    private const string GnuTime = "/usr/bin/time";
    private const double ClockTicksPerSecond = 100.0; // USER_HZ on every mainstream Linux build

    public static ChildMeasurement Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var useTime = OperatingSystem.IsLinux() && File.Exists(GnuTime) && TimeWorks();
        var timeFile = useTime ? Path.GetTempFileName() : null;
        var info = new ProcessStartInfo
        {
            FileName = useTime ? GnuTime : fileName,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (useTime)
        {
            foreach (var a in (string[])["-f", "%e %U %S %M", "-o", timeFile!, fileName])
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        // Wide, plain console output from Spectre in the child: the parent only keeps it for errors.
        info.Environment["COLUMNS"] = "160";
        info.Environment["NO_COLOR"] = "1";
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long polledPeak = 0;
        double? polledCpu = null;
        while (!process.WaitForExit(10))
        {
            if (!useTime)
            {
                (polledPeak, polledCpu) = Poll(process, polledPeak, polledCpu);
            }
        }

        process.WaitForExit(); // drains the redirected streams
        var wall = clock.Elapsed.TotalSeconds;
        var exitCode = process.ExitCode;
        if (useTime)
        {
            var fields = File.ReadAllText(timeFile!).Trim().Split('\n')[^1].Split(' ');
            File.Delete(timeFile!);
            var cpu = D(fields[1]) + D(fields[2]);
            var peak = long.Parse(fields[3], CultureInfo.InvariantCulture) * 1024;
            return new ChildMeasurement(exitCode, wall, cpu, peak, "/usr/bin/time ru_maxrss", stdout.ToString(), stderr.ToString());
        }

        return new ChildMeasurement(exitCode, wall, polledCpu, polledPeak, OperatingSystem.IsLinux() ? "/proc VmHWM polling (10 ms)" : "PeakWorkingSet64 polling (10 ms)", stdout.ToString(), stderr.ToString());
    }

    private static void Append(StringBuilder sink, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sink)
        {
            sink.AppendLine(line);
        }
    }

    private static (long Peak, double? Cpu) Poll(Process process, long peak, double? cpu)
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                process.Refresh();
                return (Math.Max(peak, process.PeakWorkingSet64), process.TotalProcessorTime.TotalSeconds);
            }

            var pid = process.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    peak = Math.Max(peak, kb * 1024);
                }
            }

            // Fields after the parenthesised command: state is field 3, utime 14, stime 15.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            cpu = (D(rest[11]) + D(rest[12])) / ClockTicksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            // The child exited between WaitForExit and the read: keep the last figures.
        }

        return (peak, cpu);
    }

    /// <summary>BusyBox and BSD <c>time</c> lack <c>-f</c>/<c>-o</c>: only GNU time is used.</summary>
    private static bool TimeWorks()
    {
        try
        {
            var probe = Process.Start(new ProcessStartInfo(GnuTime, ["-f", "%M", "true"]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            if (probe is null)
            {
                return false;
            }

            using (probe)
            {
                var text = probe.StandardError.ReadToEnd().Trim();
                probe.WaitForExit();
                return probe.ExitCode == 0 && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
