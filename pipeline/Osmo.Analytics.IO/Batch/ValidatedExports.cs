using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Batch;

/// <summary>The accepted rows of every export of one input folder, with what happened to each file.</summary>
/// <param name="Cases">Accepted cases.</param>
/// <param name="Meters">Accepted meter rows.</param>
/// <param name="Sessions">Accepted group sessions.</param>
/// <param name="Attendance">Accepted attendance rows.</param>
/// <param name="HasAttendanceFile">Whether an attendance export was given (else distinct participants are unknown).</param>
/// <param name="Files">Per-file reports, exports in validation order.</param>
/// <param name="Examples">The first quarantined rows per file and reason (masked), for the data-quality page.</param>
/// <param name="IdentifiersFound">Direct identifiers found by kind code, over all files.</param>
/// <param name="Warnings">Warnings for the coordinator (missing optional exports).</param>
public sealed record ValidatedExports(
    IReadOnlyList<ClientCase> Cases,
    IReadOnlyList<MeterScore> Meters,
    IReadOnlyList<GroupSession> Sessions,
    IReadOnlyList<Attendance> Attendance,
    bool HasAttendanceFile,
    IReadOnlyList<InputFileReport> Files,
    IReadOnlyList<RowIssue> Examples,
    IReadOnlyDictionary<string, long> IdentifiersFound,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Whether any export file was rejected as a whole.</summary>
    public bool IsRejected => Files.Any(f => f.Error is not null);
}
