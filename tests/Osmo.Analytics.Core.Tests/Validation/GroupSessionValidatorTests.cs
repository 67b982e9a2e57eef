using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;
using static Osmo.Analytics.Core.Tests.Validation.ValidationTestData;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class GroupSessionValidatorTests
{
    private static GroupSessionValidator CreateSut() =>
        new("group_sessions.csv", HeaderMatcher.Bind(EntitySchemas.GroupSessions, Header(EntitySchemas.GroupSessions)), TestReference, Options);

    [TestMethod]
    public void Validate_HeldSession_AcceptsAndListsItAsHeld()
    {
        var sut = CreateSut();

        var result = sut.Validate(Session(2, ("municipality", "seinäjoki"), ("status", "Held")));

        result.Value.Should().Be(new GroupSession("G1", "Tiistairyhmä", "743", "peer", null, new DateOnly(2025, 2, 4), true, null, 6, "office", true));
        sut.HeldSessions.Should().BeEquivalentTo([new SessionKey("G1", new DateOnly(2025, 2, 4))]);
    }

    [TestMethod]
    public void Validate_CancelledSession_AcceptsButNotAsHeld()
    {
        var sut = CreateSut();

        var result = sut.Validate(Session(2, ("status", "cancelled"), ("cancel_reason", "facilitator"), ("participants", "")));

        result.Value!.IsHeld.Should().BeFalse();
        result.Value.CancelReason.Should().Be("facilitator");
        sut.HeldSessions.Should().BeEmpty();
    }

    [TestMethod]
    public void Validate_HeldWithoutParticipants_IsBadValue()
    {
        var result = CreateSut().Validate(Session(2, ("participants", " ")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "participants",
            Reason = QuarantineReason.BadValue,
            Detail = "participants: required when status is held",
        });
    }

    [TestMethod]
    public void Validate_CancelledWithoutCancelReason_IsBadValue()
    {
        var result = CreateSut().Validate(Session(2, ("status", "cancelled"), ("participants", "")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "cancel_reason",
            Reason = QuarantineReason.BadValue,
            Detail = "cancel_reason: required when status is cancelled",
        });
    }

    [TestMethod]
    [DataRow("-1")]
    [DataRow("2,5")]
    [DataRow("many")]
    public void Validate_ParticipantsNotACount_IsBadValue(string participants)
    {
        var result = CreateSut().Validate(Session(2, ("participants", participants)));

        result.Issue.Should().BeEquivalentTo(new { Column = "participants", Reason = QuarantineReason.BadValue });
    }

    [TestMethod]
    [DataRow("status", "postponed")]
    [DataRow("group_type", "choir")]
    [DataRow("target_group", "students")]
    [DataRow("location_type", "moon")]
    [DataRow("cancel_reason", "weather")]
    public void Validate_UnknownCode_IsUnknownCode(string column, string value)
    {
        var result = CreateSut().Validate(Session(2, (column, value)));

        result.Issue.Should().BeEquivalentTo(new { Column = column, Reason = QuarantineReason.UnknownCode });
    }

    [TestMethod]
    public void Validate_MissingGroupName_IsBadValue()
    {
        var result = CreateSut().Validate(Session(2, ("group_name", "")));

        result.Issue.Should().BeEquivalentTo(new { Column = "group_name", Reason = QuarantineReason.BadValue });
    }

    [TestMethod]
    public void Validate_SameGroupAndDayAgain_IsConflictingKey()
    {
        var sut = CreateSut();
        sut.Validate(Session(2));

        var result = sut.Validate(Session(3, ("participants", "7")));

        result.Issue.Should().BeEquivalentTo(new { Column = "group_id", Reason = QuarantineReason.ConflictingKey });
    }

    [TestMethod]
    public void Validate_SessionAfterExportDate_IsFutureDate()
    {
        var result = CreateSut().Validate(Session(2, ("session_on", "2025-03-16")));

        result.Issue.Should().BeEquivalentTo(new { Column = "session_on", Reason = QuarantineReason.FutureDate });
    }
}
