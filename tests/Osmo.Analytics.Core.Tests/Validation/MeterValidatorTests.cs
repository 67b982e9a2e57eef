using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;
using static Osmo.Analytics.Core.Tests.Validation.ValidationTestData;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class MeterValidatorTests
{
    private static MeterValidator CreateSut() =>
        new("meters.csv", HeaderMatcher.Bind(EntitySchemas.Meters, Header(EntitySchemas.Meters)), TestReference, Options);

    [TestMethod]
    public void Validate_ValidRowWithDecimalComma_AcceptsScore()
    {
        var result = CreateSut().Validate(Meter(2, ("score", "7,5"), ("meter", "kykyviisari"), ("domain", "Mental"), ("case_id", "")));

        result.Value.Should().Be(new MeterScore("M1", "A1", null, "743", "KYKYVIISARI", new DateOnly(2025, 2, 1), "mental", 7.5));
    }

    [TestMethod]
    [DataRow("10.5")]
    [DataRow("-1")]
    public void Validate_ScoreOffTheScale_IsBadValue(string score)
    {
        // KYKYVIISARI work_ability is 0-10 in the test reference.
        var result = CreateSut().Validate(Meter(2, ("score", score)));

        result.Issue.Should().BeEquivalentTo(new { Column = "score", Reason = QuarantineReason.BadValue });
        result.Issue!.Detail.Should().Be($"score: {score} is off the scale 0-10 of KYKYVIISARI domain work_ability");
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("10")]
    public void Validate_ScoreOnTheScaleEnd_IsAccepted(string score)
    {
        CreateSut().Validate(Meter(2, ("score", score))).IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    public void Validate_DomainOfAnotherMeter_IsBadValue()
    {
        // "health" is an AVHV domain, not a KYKYVIISARI one.
        var result = CreateSut().Validate(Meter(2, ("domain", "health")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "domain",
            Reason = QuarantineReason.BadValue,
            Detail = "domain: 'health' is not a domain of meter KYKYVIISARI",
        });
    }

    [TestMethod]
    public void Validate_UnknownMeterWithUnknownDomain_IsUnknownCodeOfTheMeter()
    {
        var result = CreateSut().Validate(Meter(2, ("meter", "ESY"), ("domain", "anything"), ("score", "99")));

        result.Issue.Should().BeEquivalentTo(new { Column = "meter", Reason = QuarantineReason.UnknownCode });
    }

    [TestMethod]
    public void Validate_UnknownMeterWithMalformedScore_IsBadValue()
    {
        var result = CreateSut().Validate(Meter(2, ("meter", "ESY"), ("score", "seven")));

        result.Issue.Should().BeEquivalentTo(new { Column = "score", Reason = QuarantineReason.BadValue });
    }

    [TestMethod]
    public void Validate_MeasuredAfterExportDate_IsFutureDate()
    {
        var result = CreateSut().Validate(Meter(2, ("measured_on", "1.4.2025")));

        result.Issue.Should().BeEquivalentTo(new { Column = "measured_on", Reason = QuarantineReason.FutureDate });
    }

    [TestMethod]
    public void Validate_SameMeasurementAndDomainAgain_IsConflictingKey()
    {
        var sut = CreateSut();
        sut.Validate(Meter(2));

        var result = sut.Validate(Meter(3, ("score", "8")));

        result.Issue.Should().BeEquivalentTo(new { Column = "measurement_id", Reason = QuarantineReason.ConflictingKey });
    }

    [TestMethod]
    public void Validate_SameMeasurementOtherDomain_IsAccepted()
    {
        var sut = CreateSut();
        sut.Validate(Meter(2));

        sut.Validate(Meter(3, ("domain", "mental"))).IsAccepted.Should().BeTrue();
    }

    [TestMethod]
    public void Validate_PhoneNumberInScore_IsDirectIdentifier()
    {
        var result = CreateSut().Validate(Meter(2, ("score", "+358401234567")));

        result.Issue.Should().BeEquivalentTo(new { Column = "score", Reason = QuarantineReason.DirectIdentifier });
        result.Issue!.RowMasked.Should().Be("M1;A1;C1;743;KYKYVIISARI;2025-02-01;work_ability;***-*******");
    }

    [TestMethod]
    public void Validate_KeyAcceptedBeforeOtherMeasurements_IsConflictingKeyNamingItsLine()
    {
        // Line 2 holds M1 x work_ability; an M2 row and an M1 x mental row come between, then M1 x work_ability again.
        var sut = CreateSut();
        sut.Validate(Meter(2));
        sut.Validate(Meter(3, ("measurement_id", "M2")));
        sut.Validate(Meter(4, ("domain", "mental")));

        var result = sut.Validate(Meter(5, ("score", "9")));

        result.Issue.Should().BeEquivalentTo(new
        {
            Column = "measurement_id",
            Reason = QuarantineReason.ConflictingKey,
            Detail = "measurement_id 'M1' with domain work_ability is already the key of the accepted row on line 2",
        });
    }

    [TestMethod]
    public void Validate_SameFaultyCellInstanceOnNextRow_IsQuarantinedAgain()
    {
        // The CSV tokenizer hands a cell equal to the one above it over as the same string instance, and validation
        // skips re-reading such cells: only cells that read cleanly may be skipped.
        var sut = CreateSut();
        var badId = "M 1";
        var futureDate = "2025-04-01";

        var results = new[]
        {
            sut.Validate(Meter(2, ("measurement_id", badId))),
            sut.Validate(Meter(3, ("measurement_id", badId), ("score", "8"))),
            sut.Validate(Meter(4, ("measured_on", futureDate))),
            sut.Validate(Meter(5, ("measured_on", futureDate), ("score", "8"))),
        };

        results.Select(r => (r.Issue?.Column, r.Issue?.Reason)).Should().Equal(
            ("measurement_id", QuarantineReason.BadValue),
            ("measurement_id", QuarantineReason.BadValue),
            ("measured_on", QuarantineReason.FutureDate),
            ("measured_on", QuarantineReason.FutureDate));
    }

    [TestMethod]
    public void Validate_SameIdentifierCellInstanceOnNextRow_IsDirectIdentifierAgain()
    {
        var sut = CreateSut();
        var phone = "040 123 4567";
        sut.Validate(Meter(2, ("case_id", phone)));

        var result = sut.Validate(Meter(3, ("case_id", phone), ("score", "8")));

        result.Issue.Should().BeEquivalentTo(new { Column = "case_id", Reason = QuarantineReason.DirectIdentifier });
        sut.Tally.IdentifiersFound(IdentifierKind.PhoneNumber).Should().Be(2);
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(10)]
    [DataRow(100_000)]
    public void Validate_CopyOfAnEarlyRowAfterThousandsOfRows_IsDuplicateWhateverTheExpectedRows(int expectedRows)
    {
        // The hint only sizes the duplicate table: 3,000 distinct rows grow a table sized for 10 (or none) past its
        // first size, and fit one sized for 100,000; the copy of line 2 is a duplicate either way.
        var sut = new MeterValidator("meters.csv", HeaderMatcher.Bind(EntitySchemas.Meters, Header(EntitySchemas.Meters)), TestReference,
            Options with { ExpectedRows = expectedRows });
        for (var i = 0; i < 3000; i++)
        {
            sut.Validate(Meter(i + 2, ("measurement_id", $"M{i}"))).IsAccepted.Should().BeTrue();
        }

        var result = sut.Validate(Meter(3002, ("measurement_id", "M0")));

        result.Issue.Should().BeEquivalentTo(new { Reason = QuarantineReason.DuplicateRow });
        sut.Tally.RowsAccepted.Should().Be(3000);
    }
}
