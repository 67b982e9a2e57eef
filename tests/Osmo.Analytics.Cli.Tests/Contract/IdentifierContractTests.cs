using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Direct identifiers in places a coordinator's export may hide them: no output byte and no console line may
/// hold one, and each row holding one is quarantined as <c>direct_identifier</c>.</summary>
[TestClass]
public sealed class IdentifierContractTests
{
    private const string Header = "case_id;client_id;municipality;target_group;opened_on;first_contact_channel";

    private static ContractRun ValidateCases(params string[] lines)
    {
        var input = Path.Combine(CliRunner.TempDir(), "in");
        Directory.CreateDirectory(input);
        ExportDialect.FinnishExcel.Write(Path.Combine(input, "cases.csv"), lines);
        return ContractRun.Validate(input);
    }

    private static void ShouldHoldNone(ContractRun run, params string[] planted)
    {
        foreach (var (name, text) in run.EveryOutputText())
        {
            foreach (var id in planted)
            {
                text.Should().NotContain(id, $"{name} must not hold the planted identifier");
            }
        }
    }

    [TestMethod]
    public void Validate_Bug_IdentifierInUnknownHeaderCell_IsMaskedInManifestAndPage()
    {
        // An unknown column whose header cell holds a henkilötunnus and a phone number: unknown_columns lists the
        // header cells in run.json and data-quality.html, which must not carry them.
        var run = ValidateCases(Header + ";huom 131052-308T;puh 040 123 4567", "C1;K1;743;housing;1.2.2025;office;x;y");

        run.ExitCode.Should().Be(0, run.Console);
        run.Input("cases.csv").UnknownColumns.Should().Equal("huom ******-***T", "puh ***-*******");
        ShouldHoldNone(run, "131052-308T", "040 123 4567");
    }

    [TestMethod]
    public void Validate_Bug_HenkilotunnusGluedToLetters_IsFoundAndMasked()
    {
        // "HETU131052-308T" and "ID:X010594Y9032asiakas" hold a valid henkilötunnus with letters right beside it; a
        // digit beside it still makes it part of a longer number (line 5 is no identifier).
        var run = ValidateCases(
            Header + ";huom",
            "C1;K1;743;housing;1.2.2025;office;HETU131052-308T",
            "C2;K2;743;housing;1.2.2025;office;ID:X010594Y9032asiakas",
            "X131052-308T;K3;743;housing;1.2.2025;office;",
            "C4;K4;743;housing;1.2.2025;office;9131052-308T");

        run.QuarantineOf("cases.csv").Should().Equal(
            (2, "direct_identifier", string.Empty),
            (3, "direct_identifier", string.Empty),
            (4, "direct_identifier", "case_id"));
        run.Input("cases.csv").RowsAccepted.Should().Be(1);
        ShouldHoldNone(run, "131052-308T", "010594Y9032");
    }

    [TestMethod]
    public void Validate_Bug_PhoneNumberWithSeparatorRunsOrParentheses_IsFoundAndMasked()
    {
        // Spaces and hyphens between the digit groups, as the contract allows them, in runs ("040  123 4567",
        // "040 - 123 4567"), and the parentheses of "(040) 123 4567" and "+358 (0)40 123 4567". Line 6 holds no phone
        // number: a date, a decimal and a score range.
        var run = ValidateCases(
            Header + ";huom",
            "C1;K1;743;housing;1.2.2025;office;soita 040  123 4567",
            "C2;K2;743;housing;1.2.2025;office;puh 040 - 123 4567",
            "C3;K3;743;housing;1.2.2025;office;(040) 123 4567",
            "C4;K4;743;housing;1.2.2025;office;tel. +358 (0)40 123 4567",
            "C5;K5;743;housing;1.2.2025;office;2025-01-03 7,5 pisteet 0 - 10 (09.10.2025)");

        run.QuarantineOf("cases.csv").Should().Equal(
            (2, "direct_identifier", string.Empty),
            (3, "direct_identifier", string.Empty),
            (4, "direct_identifier", string.Empty),
            (5, "direct_identifier", string.Empty));
        run.Input("cases.csv").RowsAccepted.Should().Be(1);
        ShouldHoldNone(run, "123 4567", "1234567");
    }
}
