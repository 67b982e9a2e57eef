using System.Collections.Immutable;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;
using static Osmo.Analytics.Core.Tests.Validation.ValidationTestData;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class CaseValidatorTests
{
    [TestMethod]
    public void Validate_ValidRow_AcceptsTypedCase()
    {
        var sut = CaseValidator();

        var result = sut.Validate(Case(2,
            ("special_support_need", "kyllä"), ("experience_expert", "E"), ("services", "guidance| |social_rehab"),
            ("assessment_started_on", "15.1.2025"), ("assessment_completed_on", "2025-01-15"),
            ("closed_on", "28.2.2025"), ("closure_reason", "goals_met")));

        result.IsAccepted.Should().BeTrue();
        result.Issue.Should().BeNull();
        result.Value.Should().BeEquivalentTo(new ClientCase(
            "C1", "A1", "743", "unemployed", "25-29", new DateOnly(2025, 1, 10), "office", true,
            new DateOnly(2025, 1, 15), new DateOnly(2025, 1, 15), null, null, ["guidance", "social_rehab"], false, 2,
            new DateOnly(2025, 2, 28), "goals_met"));
    }

    [TestMethod]
    [DataRow("5", "005")]
    [DataRow("05", "005")]
    [DataRow("Alajärvi", "005")]
    [DataRow("helsingfors", "091")]
    [DataRow("Helsinki", "091")]
    [DataRow(" 743 ", "743")]
    public void Validate_MunicipalityCodeOrName_ResolvesToCode(string cell, string code)
    {
        var result = CaseValidator().Validate(Case(2, ("municipality", cell)));

        result.Value!.MunicipalityCode.Should().Be(code);
    }

    [TestMethod]
    public void Validate_CodesInOtherCase_ReturnReferenceInstances()
    {
        var result = CaseValidator().Validate(Case(2, ("target_group", "Unemployed"), ("first_contact_channel", "OFFICE")));

        result.Value!.TargetGroup.Should().BeSameAs(TestReference.TargetGroups[0].Code);
        result.Value.FirstContactChannel.Should().BeSameAs(Codes.Channels[0]);
    }

    [TestMethod]
    public void Validate_IdsWithBlanks_AreTrimmed()
    {
        var result = CaseValidator().Validate(Case(2, ("case_id", " C9 ")));

        result.Value!.CaseId.Should().Be("C9");
    }

    [TestMethod]
    public void Validate_HetuInClientId_QuarantinesAsDirectIdentifierWithoutTheValue()
    {
        var result = CaseValidator().Validate(Case(7, ("client_id", "131052-308T")));

        var issue = result.Issue!;
        issue.Should().BeEquivalentTo(new
        {
            File = "cases.csv",
            Line = 7,
            Column = "client_id",
            Reason = QuarantineReason.DirectIdentifier,
        });
        issue.Detail.Should().Contain("client_id").And.Contain("henkilötunnus").And.NotContain("131052");
        issue.RowMasked.Should().StartWith("C1;******-***T;743;").And.NotContain("131052");
    }

    [TestMethod]
    public void Validate_EmailInUnknownColumn_NamesTheColumnAndMasksTheRow()
    {
        string[] header = [.. Header(EntitySchemas.Cases), "muistiinpanot"];
        var row = ValidCase();
        row["muistiinpanot"] = "yhteys matti@example.fi";

        var result = CaseValidator(header).Validate(Record(3, header, row));

        result.Issue!.Reason.Should().Be(QuarantineReason.DirectIdentifier);
        result.Issue.Column.Should().BeNull();
        result.Issue.Detail.Should().Contain("unknown column 'muistiinpanot' (file column 18)").And.Contain("e-mail");
        result.Issue.RowMasked.Should().EndWith(";yhteys ***@***");
    }

    [TestMethod]
    public void Validate_PhoneInUnknownColumnWithoutHeaderArgument_NamesColumnFromBinding()
    {
        // Unknown column placed first: file column 1, the schema columns shift to 2-18.
        string[] header = ["puhelin", .. Header(EntitySchemas.Cases)];
        var row = ValidCase();
        row["puhelin"] = "040 123 4567";
        var sut = new CaseValidator("cases.csv", HeaderMatcher.Bind(EntitySchemas.Cases, header), TestReference, Options);

        var result = sut.Validate(Record(2, header, row));

        result.Issue!.Detail.Should().StartWith("unknown column 'puhelin' (file column 1) holds a phone number");
        result.Issue.RowMasked.Should().StartWith("***-*******;C1;A1;743;");
    }

    [TestMethod]
    public void Validate_IdentifierInExtraCellBeyondHeader_IsFound()
    {
        var cells = Case(4).Cells.Append("040 123 4567").ToArray();

        var result = CaseValidator().Validate(new SourceRecord(4, cells, "18 cells, header has 17"));

        result.Issue!.Reason.Should().Be(QuarantineReason.DirectIdentifier);
        result.Issue.Detail.Should().Contain("extra cell 18");
    }

    [TestMethod]
    public void Validate_ExactRepeat_IsDuplicateRow()
    {
        var sut = CaseValidator();
        sut.Validate(Case(2));

        var result = sut.Validate(Case(3));

        result.Issue!.Reason.Should().Be(QuarantineReason.DuplicateRow);
        result.Issue.Line.Should().Be(3);
    }

    [TestMethod]
    public void Validate_RepeatOfQuarantinedRow_IsDuplicateRow()
    {
        var sut = CaseValidator();
        sut.Validate(Case(2, ("opened_on", "31.2.2025"))).Issue!.Reason.Should().Be(QuarantineReason.BadValue);

        var result = sut.Validate(Case(3, ("opened_on", "31.2.2025")));

        result.Issue!.Reason.Should().Be(QuarantineReason.DuplicateRow);
    }

    [TestMethod]
    public void Validate_RepeatAfterThousandsOfRows_IsStillDuplicateRow()
    {
        // 5000 distinct rows make the fingerprint table grow several times (it starts at 1024 slots); the first
        // row's fingerprint must survive every rehash.
        var sut = CaseValidator();
        for (var i = 0; i < 5000; i++)
        {
            sut.Validate(Case(i + 2, ("case_id", $"C{i}"))).IsAccepted.Should().BeTrue();
        }

        sut.Validate(Case(9999, ("case_id", "C0"))).Issue!.Reason.Should().Be(QuarantineReason.DuplicateRow);
        sut.Validate(Case(10000, ("case_id", "C5000"))).IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    public void Validate_CellsShiftedBetweenColumns_IsNoDuplicate()
    {
        // Same characters, different cell boundaries: the length-prefixed fingerprint must tell them apart.
        var sut = CaseValidator();
        sut.Validate(Case(2, ("case_id", "C1"), ("client_id", "A12")));

        var result = sut.Validate(Case(3, ("case_id", "C1A"), ("client_id", "12")));

        result.IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    public void Validate_HetuAndBadDate_IsDirectIdentifier()
    {
        var result = CaseValidator().Validate(Case(2, ("client_id", "131052-308T"), ("opened_on", "31.2.2025")));

        result.Issue!.Reason.Should().Be(QuarantineReason.DirectIdentifier);
    }

    [TestMethod]
    public void Validate_UnknownMunicipalityAndLaterBadDate_IsBadValueOfTheDate()
    {
        // municipality (column 3) precedes opened_on (column 6), but bad_value precedes unknown_code.
        var result = CaseValidator().Validate(Case(2, ("municipality", "Atlantis"), ("opened_on", "31.2.2025")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "opened_on",
            Reason = QuarantineReason.BadValue,
            Detail = "opened_on: '31.2.2025' is not a date (expected yyyy-MM-dd or d.M.yyyy)",
        });
    }

    [TestMethod]
    public void Validate_UnknownCodeAndFutureDate_IsUnknownCode()
    {
        var result = CaseValidator().Validate(Case(2, ("opened_on", "2025-03-10"), ("closed_on", "2025-04-01"),
            ("closure_reason", "retired")));

        result.Issue!.Reason.Should().Be(QuarantineReason.UnknownCode);
        result.Issue.Column.Should().Be("closure_reason");
    }

    [TestMethod]
    [DataRow("case_id", "", "case_id: required value missing")]
    [DataRow("case_id", "C 1", "case_id: 'C 1' is not an identifier (expected 1-64 characters of A-Z, a-z, 0-9, _ or -)")]
    [DataRow("opened_on", "", "opened_on: required value missing")]
    [DataRow("age_band", "17-24", "age_band: '17-24' is not an age band (expected 18-24, 25-29, 30-44, 45-64, 65+)")]
    [DataRow("participation_level", "5", "participation_level: '5' is not a participation level (expected 1, 2, 3 or 4)")]
    [DataRow("special_support_need", "maybe", "special_support_need: 'maybe' is not a boolean (expected true/false, 1/0, kyllä/ei, k/e or yes/no)")]
    public void Validate_MalformedValue_IsBadValueNamingTheColumn(string column, string value, string detail)
    {
        var result = CaseValidator().Validate(Case(2, (column, value)));

        result.Issue.Should().BeEquivalentTo(new { Column = column, Reason = QuarantineReason.BadValue, Detail = detail });
    }

    [TestMethod]
    public void Validate_LongBadValue_QuotesAtMost40Characters()
    {
        var value = new string('x', 50);

        var result = CaseValidator().Validate(Case(2, ("opened_on", value)));

        result.Issue!.Detail.Should().Be($"opened_on: '{new string('x', 40)}...' is not a date (expected yyyy-MM-dd or d.M.yyyy)");
    }

    [TestMethod]
    public void Validate_MalformedRecord_IsBadValueForTheRow()
    {
        var record = Case(2) with { Malformed = "unterminated quoted field" };

        var result = CaseValidator().Validate(record);

        result.Issue.Should().BeEquivalentTo(new { Column = (string?)null, Reason = QuarantineReason.BadValue });
        result.Issue!.Detail.Should().Contain("unterminated quoted field");
    }

    [TestMethod]
    [DataRow("municipality", "Atlantis")]
    [DataRow("target_group", "students")]
    [DataRow("first_contact_channel", "pigeon")]
    [DataRow("services", "guidance|teleport")]
    public void Validate_UnknownCode_IsUnknownCode(string column, string value)
    {
        var result = CaseValidator().Validate(Case(2, (column, value)));

        result.Issue.Should().BeEquivalentTo(new { Column = column, Reason = QuarantineReason.UnknownCode });
    }

    [TestMethod]
    [DataRow("opened_on", "2025-03-16")]
    [DataRow("client_plan_on", "16.3.2025")]
    public void Validate_DateAfterExportDate_IsFutureDate(string column, string value)
    {
        // Export date 2025-03-15; the export date itself is not in the future.
        var sut = CaseValidator();
        sut.Validate(Case(2, ("case_id", "C0"), (column, "2025-03-15"))).IsAccepted.Should().BeTrue();

        var result = sut.Validate(Case(3, (column, value)));

        result.Issue.Should().BeEquivalentTo(new { Column = column, Reason = QuarantineReason.FutureDate });
    }

    [TestMethod]
    public void Validate_ClosedBeforeOpened_IsDateOrder()
    {
        var result = CaseValidator().Validate(Case(2, ("closed_on", "9.1.2025"), ("closure_reason", "other")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "closed_on",
            Reason = QuarantineReason.DateOrder,
            Detail = "closed_on 2025-01-09 is before opened_on 2025-01-10",
        });
    }

    [TestMethod]
    public void Validate_AssessmentCompletedBeforeStarted_IsDateOrder()
    {
        var result = CaseValidator().Validate(Case(2, ("assessment_started_on", "2025-02-02"), ("assessment_completed_on", "2025-02-01")));

        result.Issue.Should().BeEquivalentTo(new { Column = "assessment_completed_on", Reason = QuarantineReason.DateOrder });
    }

    [TestMethod]
    public void Validate_ClosedOnSameDayAsOpened_IsAccepted()
    {
        CaseValidator().Validate(Case(2, ("closed_on", "2025-01-10"), ("closure_reason", "not_reached"))).IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    [DataRow("2025-02-01", "")]
    [DataRow("", "goals_met")]
    public void Validate_ClosureReasonWithoutClosedOnOrViceVersa_IsClosureMismatch(string closedOn, string reason)
    {
        var result = CaseValidator().Validate(Case(2, ("closed_on", closedOn), ("closure_reason", reason)));

        result.Issue.Should().BeEquivalentTo(new { Column = "closure_reason", Reason = QuarantineReason.ClosureMismatch });
    }

    [TestMethod]
    public void Validate_SameCaseIdDifferentContent_IsConflictingKey()
    {
        var sut = CaseValidator();
        sut.Validate(Case(2));

        var result = sut.Validate(Case(5, ("client_id", "A2")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "case_id",
            Reason = QuarantineReason.ConflictingKey,
            Detail = "case_id: 'C1' is already the key of the accepted row on line 2",
        });
    }

    [TestMethod]
    public void Validate_KeyOfQuarantinedRow_IsFreeForTheNextRow()
    {
        var sut = CaseValidator();
        sut.Validate(Case(2, ("target_group", "students"))).IsAccepted.Should().BeFalse();

        var result = sut.Validate(Case(3));

        result.IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    public void Validate_EmptyServices_GivesEmptyArray()
    {
        var result = CaseValidator().Validate(Case(2, ("services", " | ")));

        result.Value!.Services.Should().BeEmpty();
        result.Value.Services.IsDefault.Should().BeFalse();
    }

    [TestMethod]
    public void Validate_RepeatedService_IsKeptOnce()
    {
        var result = CaseValidator().Validate(Case(2, ("services", "guidance|housing_support|GUIDANCE")));

        result.Value!.Services.Should().Equal(ImmutableArray.Create("guidance", "housing_support"));
    }

    [TestMethod]
    public void Validate_SameServicesCellOnLaterRows_GivesTheSameCodesAndTheSameFault()
    {
        // Services cells are remembered by their text: a known combination is read once, a faulty one every time.
        var sut = CaseValidator();

        var results = new[]
        {
            sut.Validate(Case(2, ("case_id", "K1"), ("services", "housing_support|guidance"))),
            sut.Validate(Case(3, ("case_id", "K2"), ("services", "guidance|teleport"))),
            sut.Validate(Case(4, ("case_id", "K3"), ("services", "housing_support|guidance"))),
            sut.Validate(Case(5, ("case_id", "K4"), ("services", "guidance|teleport"))),
        };

        results[0].Value!.Services.Should().Equal("housing_support", "guidance");
        results[2].Value!.Services.Should().Equal("housing_support", "guidance");
        results[1].Issue.Should().BeEquivalentTo(new { Column = "services", Reason = QuarantineReason.UnknownCode });
        results[3].Issue.Should().BeEquivalentTo(new { Column = "services", Reason = QuarantineReason.UnknownCode });
    }

    [TestMethod]
    public void Validate_FinnishHeader_BindsByAlias()
    {
        string[] header = [.. EntitySchemas.Cases.Columns.Select(c => c.FinnishAlias)];
        var row = EntitySchemas.Cases.Columns.ToDictionary(c => c.FinnishAlias, c => ValidCase()[c.Name]);

        var result = CaseValidator(header).Validate(Record(2, header, row));

        result.Value!.CaseId.Should().Be("C1");
    }

    [TestMethod]
    public void Validate_BindingOfAnotherSchema_Throws()
    {
        var binding = HeaderMatcher.Bind(EntitySchemas.Meters, Header(EntitySchemas.Meters));

        var act = () => new CaseValidator("cases.csv", binding, TestReference, Options);

        act.Should().Throw<ArgumentException>();
    }

    [TestMethod]
    public void Tally_MixedRows_CountsEveryRowOnce()
    {
        var sut = CaseValidator();
        sut.Validate(Case(2));                                               // accepted
        sut.Validate(Case(3));                                               // duplicate_row
        sut.Validate(Case(4, ("case_id", "C2"), ("client_id", "131052-308T x@y.fi"))); // direct_identifier, 2 found
        sut.Validate(Case(5, ("case_id", "C3"), ("municipality", "Atlantis"))); // unknown_code
        sut.Validate(Case(6, ("case_id", "C4")));                            // accepted

        var tally = sut.Tally;
        tally.Should().BeEquivalentTo(new { File = "cases.csv", RowsRead = 5L, RowsAccepted = 2L, RowsQuarantined = 3L, IdentifiersFoundTotal = 2L });
        tally.Quarantined(QuarantineReason.DuplicateRow).Should().Be(1);
        tally.Quarantined(QuarantineReason.DirectIdentifier).Should().Be(1);
        tally.Quarantined(QuarantineReason.UnknownCode).Should().Be(1);
        tally.IdentifiersFound(IdentifierKind.PersonalIdentityCode).Should().Be(1);
        tally.IdentifiersFound(IdentifierKind.EmailAddress).Should().Be(1);
        tally.IsBalanced.Should().BeTrue();
    }
}
