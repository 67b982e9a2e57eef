namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>One <c>inputs[]</c> entry of <c>run.json</c> as read back.</summary>
internal sealed record FileReport(
    string File,
    string? Encoding,
    string? Delimiter,
    long RowsRead,
    long RowsAccepted,
    long RowsQuarantined,
    IReadOnlyDictionary<string, long> QuarantinedByReason,
    IReadOnlyList<string> UnknownColumns,
    string? Error);
