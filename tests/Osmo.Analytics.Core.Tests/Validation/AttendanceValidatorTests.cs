using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;
using static Osmo.Analytics.Core.Tests.Validation.ValidationTestData;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class AttendanceValidatorTests
{
    private static readonly string[] AttendanceHeader = Header(EntitySchemas.GroupAttendance);

    /// <summary>Validates sessions G1 held on 4.2.2025 and G2 cancelled on 5.2.2025, and returns an attendance
    /// validator over the accepted held ones.</summary>
    private static AttendanceValidator CreateSut()
    {
        var sessions = new GroupSessionValidator("group_sessions.csv",
            HeaderMatcher.Bind(EntitySchemas.GroupSessions, Header(EntitySchemas.GroupSessions)), TestReference, Options);
        sessions.Validate(Session(2)).IsAccepted.Should().BeTrue();
        sessions.Validate(Session(3, ("group_id", "G2"), ("session_on", "2025-02-05"), ("status", "cancelled"),
            ("cancel_reason", "no_participants"), ("participants", ""))).IsAccepted.Should().BeTrue();
        return new AttendanceValidator("group_attendance.csv", HeaderMatcher.Bind(EntitySchemas.GroupAttendance, AttendanceHeader),
            sessions.HeldSessions, Options);
    }

    private static SourceRecord Row(int line, string groupId, string sessionOn, string clientId) => new(line, [groupId, sessionOn, clientId]);

    [TestMethod]
    public void Validate_AttendanceOfHeldSession_IsAccepted()
    {
        var result = CreateSut().Validate(Row(2, "G1", "4.2.2025", "A1"));

        result.Value.Should().Be(new Attendance("G1", new DateOnly(2025, 2, 4), "A1"));
    }

    [TestMethod]
    public void Validate_AttendanceOfCancelledSession_IsOrphanRow()
    {
        var result = CreateSut().Validate(Row(2, "G2", "2025-02-05", "A1"));

        result.Issue.Should().BeEquivalentTo(new
        {
            File = "group_attendance.csv",
            Column = "group_id",
            Reason = QuarantineReason.OrphanRow,
            Detail = "group_id 'G2' on 2025-02-05 is no accepted held session",
        });
    }

    [TestMethod]
    public void Validate_AttendanceOfUnknownSession_IsOrphanRow()
    {
        CreateSut().Validate(Row(2, "G1", "2025-02-11", "A1")).Issue!.Reason.Should().Be(QuarantineReason.OrphanRow);
    }

    [TestMethod]
    public void Validate_FutureDateOfUnknownSession_IsFutureDate()
    {
        CreateSut().Validate(Row(2, "G1", "2025-04-01", "A1")).Issue!.Reason.Should().Be(QuarantineReason.FutureDate);
    }

    [TestMethod]
    public void Validate_RepeatedAttendance_IsDuplicateRow()
    {
        var sut = CreateSut();
        sut.Validate(Row(2, "G1", "2025-02-04", "A1"));

        sut.Validate(Row(3, "G1", "2025-02-04", "A1")).Issue!.Reason.Should().Be(QuarantineReason.DuplicateRow);
    }

    [TestMethod]
    public void Validate_MissingClient_IsBadValue()
    {
        var result = CreateSut().Validate(Row(2, "G1", "2025-02-04", ""));

        result.Issue.Should().BeEquivalentTo(new { Column = "client_id", Reason = QuarantineReason.BadValue });
    }
}
