using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Messages a coordinator must be able to act on: which file, which line, which column, what is wrong and
/// what is expected.</summary>
[TestClass]
public sealed class MessageContractTests
{
    private static string Folder(params (string Name, string[] Lines)[] files)
    {
        var input = Path.Combine(CliRunner.TempDir(), "in");
        Directory.CreateDirectory(input);
        foreach (var (name, lines) in files)
        {
            ExportDialect.FinnishExcel.Write(Path.Combine(input, name), lines);
        }

        return input;
    }

    [TestMethod]
    public void Validate_QuarantineDetails_NameColumnValueAndExpectation()
    {
        var run = MixedExportFolder.Run;
        var byLine = run.Quarantine.Where(q => q.File == "cases.csv").ToDictionary(q => q.Line);

        byLine[13].Detail.Should().Contain("opened_on").And.Contain("2025-02-30").And.Contain("yyyy-MM-dd").And.Contain("d.M.yyyy");
        byLine[29].Detail.Should().Contain("maybe").And.Contain("kyllä/ei");
        byLine[16].Detail.Should().Contain("students").And.Contain("young_adults");
        byLine[19].Detail.Should().Contain("2025-11-06").And.Contain("2025-11-05");
        byLine[37].Detail.Should().Contain("muistiinpano").And.Contain("phone");
    }

    [TestMethod]
    public void Validate_DataQualityPage_ShowsFileLineColumnAndDetailOfExamples()
    {
        var html = MixedExportFolder.Run.DataQualityHtml;

        // The bad opened_on of cases.csv line 13 (the page text with character references decoded).
        html.Should().Contain("<td>cases.csv</td><td class=\"num\">13</td><td>Puuttuva tai virheellinen arvo</td><td>opened_on</td>"
            + "<td>opened_on: '2025-02-30' is not a date (expected yyyy-MM-dd or d.M.yyyy)</td>");
        html.Should().Contain("Lisätieto, muistiinpano");
    }

    [TestMethod]
    public void Validate_Bug_SeveralColumnsMissing_MessageShowsTheHeaderAsRead()
    {
        // A pipe-delimited export reads as one column: every required column is missing. Seeing the header as read
        // (one cell, delimiter ;) tells the coordinator the delimiter is the fault, not six columns.
        var input = Folder(("cases.csv", ["case_id|client_id|municipality|target_group|opened_on|first_contact_channel", "C1|K1|743|housing|1.2.2025|office"]));

        var run = ContractRun.Validate(input);

        run.ExitCode.Should().Be(2, run.Console);
        var error = run.Input("cases.csv").Error;
        error.Should().Contain("required columns").And.Contain("are missing").And.Contain("'municipality' (Finnish 'kunta')");
        error.Should().Contain("header on line 1, which reads (delimiter ;): 'case_id|client_id|municipality|target_group|opened_on|first_contact_channel'");
    }

    [TestMethod]
    public void Validate_Bug_OneColumnMissing_MessageIsSingular()
    {
        var input = Folder(("cases.csv", ["case_id;client_id;target_group;opened_on;first_contact_channel", "C1;K1;housing;1.2.2025;office"]));

        var error = ContractRun.Validate(input).Input("cases.csv").Error;

        error.Should().StartWith("cases.csv: required column 'municipality' (Finnish 'kunta') is missing from the header on line 1");
    }

    [TestMethod]
    public void Validate_Bug_UnreadableExportFile_IsNamedInWarnings()
    {
        // meters.xls (old Excel) is not read; the coordinator must learn why instead of only "no meters export".
        var input = Folder(("cases.csv", ["case_id;client_id;municipality;target_group;opened_on;first_contact_channel", "C1;K1;743;housing;1.2.2025;office"]));
        File.WriteAllBytes(Path.Combine(input, "meters.xls"), [0xD0, 0xCF, 0x11, 0xE0]);

        var run = ContractRun.Validate(input);

        run.Console.Should().Contain("meters.xls").And.Contain("xlsx");
        run.DataQualityHtml.Should().Contain("meters.xls");
    }

    [TestMethod]
    public void Validate_Bug_IgnoredFileNameWithIdentifier_IsMaskedInWarnings()
    {
        var input = Folder(("cases.csv", ["case_id;client_id;municipality;target_group;opened_on;first_contact_channel", "C1;K1;743;housing;1.2.2025;office"]));
        File.WriteAllText(Path.Combine(input, "muistio 131052-308T.txt"), "x");

        var run = ContractRun.Validate(input);

        run.Console.Should().Contain("muistio ******-***T.txt");
        foreach (var (name, text) in run.EveryOutputText())
        {
            text.Should().NotContain("131052-308T", name);
        }
    }
}
