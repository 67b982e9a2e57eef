namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>One row of <c>quarantine/quarantine.csv</c> as read back.</summary>
internal sealed record QuarantineRow(string File, int Line, string Reason, string Column, string Detail, string RowMasked);
