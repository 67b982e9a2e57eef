namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>The meter export of <see cref="MixedExportFolder"/>: English headers, <c>,</c>, UTF-8 without BOM, LF.</summary>
[TestClass]
public sealed class MetersContractTests
{
    private const string File = "meters.csv";

    private static readonly (int Line, string Reason, string Column)[] Expected =
    [
        (4, "conflicting_key", "measurement_id"),  // (M1, work_ability) accepted on line 2 as "7,5"; 7.5 here
        (5, "duplicate_row", ""),                  // copy of line 3
        (6, "bad_value", "score"),                 // 11 > KYKYVIISARI max 10
        (7, "bad_value", "domain"),                // ESY has no work_ability
        (8, "unknown_code", "meter"),              // SPIDERMETER
        (9, "future_date", "measured_on"),         // 2025-11-06
        (10, "bad_value", "score"),                // 0 < ESY min 1
        (12, "bad_value", "score"),                // abc
        (14, "unknown_code", "municipality"),      // Tampere is not in the reference
        (16, "bad_value", "client_id"),            // missing
        (17, "unknown_code", "meter"),             // unknown meter: its scale cannot be judged
        (18, "bad_value", "domain"),               // KYKYVIISARI has no housing; beats the future date
        (19, "bad_value", "measured_on"),          // 2025/03/01 is no contract date format
    ];

    [TestMethod]
    public void Validate_EnglishMeters_QuarantinesEveryFaultyLineUnderItsFirstReason()
    {
        MixedExportFolder.Run.QuarantineOf(File).Should().Equal(Expected);
    }

    [TestMethod]
    public void Validate_EnglishMeters_ManifestCountsAreExactAndReconcile()
    {
        var report = MixedExportFolder.Run.Input(File);

        // Accepted: 2 (decimal comma 7,5 quoted in a comma file), 3, 11 (ESY min 1), 13 (Swedish Storkyro, AVHV max 10),
        // 15 (no case_id), 20 (municipality 5 = 005, 10,0 = max).
        report.RowsAccepted.Should().Be(6);
        report.RowsRead.Should().Be(19).And.Be(report.RowsAccepted + report.RowsQuarantined);
        report.QuarantinedByReason.Should().BeEquivalentTo(ContractRun.ByReason(
            ("duplicate_row", 1), ("bad_value", 7), ("unknown_code", 3), ("future_date", 1), ("conflicting_key", 1)));
        report.Encoding.Should().Be("utf-8");
        report.Delimiter.Should().Be(",");
        report.UnknownColumns.Should().Equal("source_system");
    }
}
