namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>The cases export of <see cref="MixedExportFolder"/>: Finnish headers, <c>;</c>, UTF-8 with BOM, CRLF.</summary>
[TestClass]
public sealed class CasesContractTests
{
    private const string File = "cases.csv";

    // Worked out by hand from spec/data-contract.md, line by line (header = line 1; lines 7 and 9 are blank and not
    // rows; the quoted note of line 42 runs onto line 43). The reason is the first in precedence order.
    private static readonly (int Line, string Reason, string Column)[] Expected =
    [
        (11, "duplicate_row", ""),                      // same raw cells as line 2
        (12, "conflicting_key", "case_id"),             // C01 accepted on line 2, other client here
        (13, "bad_value", "opened_on"),                 // 2025-02-30 is no date
        (15, "unknown_code", "municipality"),           // 999
        (16, "unknown_code", "target_group"),           // students
        (17, "unknown_code", "first_contact_channel"),  // phone
        (18, "unknown_code", "services"),               // social_counselling|astrology: one unknown service
        (19, "future_date", "opened_on"),               // 6.11.2025 > 2025-11-05
        (20, "future_date", "assessment_started_on"),
        (21, "future_date", "client_plan_on"),
        (22, "future_date", "social_rehab_decided_on"),
        (23, "future_date", "closed_on"),
        (24, "date_order", "closed_on"),                // closed 28.2.2025 < opened 2025-03-01
        (25, "date_order", "assessment_completed_on"),  // completed 9.3. < started 10.3.
        (26, "closure_mismatch", "closure_reason"),     // closed_on without reason
        (27, "closure_mismatch", "closure_reason"),     // reason without closed_on
        (29, "bad_value", "special_support_need"),      // maybe
        (30, "bad_value", "participation_level"),       // 5
        (31, "bad_value", "age_band"),                  // 18-25
        (32, "bad_value", "case_id"),                   // missing
        (33, "bad_value", "closed_on"),                 // 31.2.2025 (late column) beats the unknown municipality 999
        (34, "unknown_code", "target_group"),           // beats the future opened_on and the closure mismatch
        (35, "future_date", "opened_on"),               // beats date_order
        (36, "date_order", "closed_on"),                // beats closure_mismatch
        (37, "direct_identifier", ""),                  // phone in the unknown column 'muistiinpano'; beats the bad date
        (38, "direct_identifier", ""),                  // henkilötunnus in the unknown column 'Lisätieto'
        (39, "direct_identifier", "target_group"),      // e-mail address
        (40, "direct_identifier", ""),                  // copy of line 37: the identifier comes before duplicate_row
        (41, "duplicate_row", ""),                      // copy of the quarantined line 13
    ];

    [TestMethod]
    public void Validate_FinnishCases_QuarantinesEveryFaultyLineUnderItsFirstReason()
    {
        var run = MixedExportFolder.Run;

        run.QuarantineOf(File).Should().Equal(Expected);
    }

    [TestMethod]
    public void Validate_FinnishCases_ManifestCountsAreExactAndReconcile()
    {
        var report = MixedExportFolder.Run.Input(File);

        // Accepted: lines 2, 3, 4, 5, 6, 8, 10, 14 (C08 again: the quarantined line 13 held no key), 28 (dates on the
        // export date itself are not future), 42, 44 (blanks around id and municipality), 45 (no trailing line end).
        report.RowsAccepted.Should().Be(12);
        report.RowsQuarantined.Should().Be(29);
        // 44 physical lines after the header, less 2 blank lines and 1 continuation line.
        report.RowsRead.Should().Be(41).And.Be(report.RowsAccepted + report.RowsQuarantined);
        report.QuarantinedByReason.Should().BeEquivalentTo(ContractRun.ByReason(
            ("direct_identifier", 4), ("duplicate_row", 2), ("bad_value", 6), ("unknown_code", 5), ("future_date", 6),
            ("date_order", 3), ("closure_mismatch", 2), ("conflicting_key", 1)));
    }

    [TestMethod]
    public void Validate_FinnishCases_DialectAndUnknownColumnsReported()
    {
        var report = MixedExportFolder.Run.Input(File);

        report.Encoding.Should().Be("utf-8-bom");
        report.Delimiter.Should().Be(";");
        report.UnknownColumns.Should().Equal("Lisätieto", "muistiinpano");
        report.Error.Should().BeNull();
    }

    [TestMethod]
    public void Validate_ConflictingKey_DetailNamesTheAcceptedLine()
    {
        var row = MixedExportFolder.Run.Quarantine.Single(q => q.File == File && q.Line == 12);

        row.Detail.Should().Contain("C01").And.Contain("line 2");
    }

    [TestMethod]
    public void Validate_MultiLineQuotedCell_RowMaskedKeepsAcceptedNeighboursOut()
    {
        // Line 44 follows the two-line record 42-43: if the line count slipped, line 45 or 43 would be reported.
        MixedExportFolder.Run.Quarantine.Where(q => q.File == File).Select(q => q.Line).Should().NotContain([42, 43, 44, 45]);
    }
}
