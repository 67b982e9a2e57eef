namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>The group exports of <see cref="MixedExportFolder"/>: sessions as tab-delimited Windows-1252 with a
/// multi-line quoted group name, attendance as XLSX with date cells.</summary>
[TestClass]
public sealed class GroupActivityContractTests
{
    private const string Sessions = "group_sessions.csv";
    private const string Attendance = "group_attendance.xlsx";

    // Line 3 opens a quoted group name that ends on line 4; line 14 is blank.
    private static readonly (int Line, string Reason, string Column)[] ExpectedSessions =
    [
        (6, "bad_value", "cancel_reason"),      // cancelled without a reason
        (7, "bad_value", "participants"),       // held without a head count
        (8, "bad_value", "participants"),       // -1
        (9, "unknown_code", "group_type"),      // yoga
        (10, "future_date", "session_on"),      // 6.11.2025
        (11, "conflicting_key", "group_id"),    // (G1, 2025-10-01) accepted on line 2
        (13, "unknown_code", "status"),         // postponed
        (15, "bad_value", "group_name"),        // missing
        (17, "unknown_code", "municipality"),   // Vaasa is not in the reference
    ];

    // Worksheet row numbers; row 7 is empty. Accepted held sessions: (G1, 1.10.), (G1, 8.10.), (G8, 9.10.), (G11, 10.10.).
    private static readonly (int Line, string Reason, string Column)[] ExpectedAttendance =
    [
        (4, "orphan_row", "group_id"),          // G2 2.10. was cancelled
        (5, "orphan_row", "group_id"),          // G99: no such session
        (6, "orphan_row", "group_id"),          // G12 11.10. was quarantined (unknown municipality)
        (9, "duplicate_row", ""),               // copy of row 2
        (10, "future_date", "session_on"),      // 2025-11-06, before the orphan check
        (11, "bad_value", "client_id"),         // missing
        (12, "orphan_row", "group_id"),         // G3 3.10. was quarantined (cancelled without reason)
        (13, "direct_identifier", ""),          // henkilötunnus in the unknown column 'Huom'
    ];

    [TestMethod]
    public void Validate_TabWindows1252Sessions_QuarantinesEveryFaultyLineUnderItsFirstReason()
    {
        MixedExportFolder.Run.QuarantineOf(Sessions).Should().Equal(ExpectedSessions);
    }

    [TestMethod]
    public void Validate_TabWindows1252Sessions_ManifestCountsAreExactAndReconcile()
    {
        var report = MixedExportFolder.Run.Input(Sessions);

        // Accepted: 2 (Seinäjoki by name), 3-4 (Ähtäri, group name with a line break, 0 participants), 5 (cancelled,
        // Isokyrö), 12, 16 (held with a cancel reason: kept).
        report.RowsAccepted.Should().Be(5);
        // 16 physical lines after the header, less the blank line 14 and the continuation line 4.
        report.RowsRead.Should().Be(14).And.Be(report.RowsAccepted + report.RowsQuarantined);
        report.QuarantinedByReason.Should().BeEquivalentTo(ContractRun.ByReason(
            ("bad_value", 4), ("unknown_code", 3), ("future_date", 1), ("conflicting_key", 1)));
        report.Encoding.Should().Be("windows-1252");
        report.Delimiter.Should().Be("tab");
        report.UnknownColumns.Should().BeEmpty();
    }

    [TestMethod]
    public void Validate_Windows1252Sessions_FinnishLettersSurviveIntoQuarantine()
    {
        var rows = MixedExportFolder.Run.Quarantine.Where(q => q.File == Sessions).ToDictionary(q => q.Line);

        rows[8].RowMasked.Should().Contain("Ähtäri");
        rows[17].RowMasked.Should().Contain("Seinäjoen ilta");
    }

    [TestMethod]
    public void Validate_XlsxAttendance_QuarantinesEveryFaultyRowUnderItsFirstReason()
    {
        MixedExportFolder.Run.QuarantineOf(Attendance).Should().Equal(ExpectedAttendance);
    }

    [TestMethod]
    public void Validate_XlsxAttendance_ManifestCountsAreExactAndReconcile()
    {
        var report = MixedExportFolder.Run.Input(Attendance);

        // Accepted: rows 2, 3, 8 (date as Finnish text), 14, 15 (date cell with a time of day), 16 (blanks, 09.10.2025).
        report.RowsAccepted.Should().Be(6);
        report.RowsRead.Should().Be(14).And.Be(report.RowsAccepted + report.RowsQuarantined);
        report.QuarantinedByReason.Should().BeEquivalentTo(ContractRun.ByReason(
            ("direct_identifier", 1), ("duplicate_row", 1), ("bad_value", 1), ("future_date", 1), ("orphan_row", 4)));
        report.Encoding.Should().Be("xlsx");
        report.Delimiter.Should().BeNull();
        report.UnknownColumns.Should().Equal("Huom");
    }

    [TestMethod]
    public void Validate_Bug_OrphanAttendance_DetailSaysWhatBecameOfTheSession()
    {
        // "is no accepted held session" alone leaves the coordinator guessing which file to fix.
        var details = MixedExportFolder.Run.Quarantine.Where(q => q.File == Attendance && q.Reason == "orphan_row").ToDictionary(q => q.Line, q => q.Detail);

        details.Should().Equal(new Dictionary<int, string>
        {
            [4] = "group_id 'G2' on 2025-10-02 is no accepted held session: the session was cancelled (group_sessions.csv line 5)",
            [5] = "group_id 'G99' on 2025-10-01 is no accepted held session: the sessions export has no such session",
            [6] = "group_id 'G12' on 2025-10-11 is no accepted held session: the session was quarantined as unknown_code (group_sessions.csv line 17)",
            [12] = "group_id 'G3' on 2025-10-03 is no accepted held session: the session was quarantined as bad_value (group_sessions.csv line 6)",
        });
    }
}
