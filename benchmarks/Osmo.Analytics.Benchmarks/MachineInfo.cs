using System.Globalization;
using System.Runtime.InteropServices;

namespace Osmo.Analytics.Benchmarks;

/// <summary>What the figures were measured on.</summary>
internal static class MachineInfo
{
    public static IReadOnlyList<(string Name, string Value)> Describe() =>
    [
        ("processors (nproc)", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("cpu", ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()),
        ("memory", ProcLine("/proc/meminfo", "MemTotal") is { } kb ? Megabytes(kb) : "unknown"),
        ("os", RuntimeInformation.OSDescription),
        ("runtime", RuntimeInformation.FrameworkDescription),
        ("load average at start", LoadAverage()),
    ];

    /// <summary>The 1/5/15-minute load averages: other work on the machine slows both engines alike.</summary>
    public static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ProcLine(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string Megabytes(string meminfo)
        => long.TryParse(meminfo.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024:N0} MB")
            : meminfo;
}
