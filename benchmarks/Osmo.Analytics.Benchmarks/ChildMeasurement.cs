namespace Osmo.Analytics.Benchmarks;

/// <summary>What one measured child process did.</summary>
/// <param name="ExitCode">The child's exit code.</param>
/// <param name="WallSeconds">Wall time from start to exit, seen by the parent.</param>
/// <param name="CpuSeconds">User + system CPU seconds of the child, when known.</param>
/// <param name="PeakBytes">Peak resident set size (VmHWM / ru_maxrss) of the child.</param>
/// <param name="Method">How the peak was taken (<c>/usr/bin/time</c> or <c>/proc polling</c>).</param>
/// <param name="Stdout">The child's standard output.</param>
/// <param name="Stderr">The child's standard error.</param>
internal sealed record ChildMeasurement(int ExitCode, double WallSeconds, double? CpuSeconds, long PeakBytes, string Method, string Stdout, string Stderr)
{
    public double PeakMegabytes => PeakBytes / (1024.0 * 1024.0);
}
