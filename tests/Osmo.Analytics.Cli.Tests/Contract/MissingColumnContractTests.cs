using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>A missing required column rejects the file (exit code 2) with an error naming the file and the column.</summary>
[TestClass]
public sealed class MissingColumnContractTests
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
    public void Validate_CasesWithoutMunicipality_ExitsTwoNamingFileAndColumn()
    {
        var input = Folder(("cases.csv", ["asiakkuus_id;asiakas_id;kohderyhmä;alkanut;yhteydenottotapa", "C1;K1;housing;1.2.2025;office"]));

        var run = ContractRun.Validate(input);

        run.ExitCode.Should().Be(2, run.Console);
        run.Console.Should().Contain("cases.csv").And.Contain("municipality").And.Contain("kunta");
        var report = run.Input("cases.csv");
        report.Error.Should().Contain("cases.csv").And.Contain("municipality");
        report.RowsRead.Should().Be(0);
        run.Manifest.GetProperty("status").GetString().Should().Be("input_rejected");
        run.DataQualityHtml.Should().Contain("municipality");
    }

    [TestMethod]
    public void Validate_MetersWithoutScore_ExitsTwoAndStillReportsTheGoodCasesFile()
    {
        var input = Folder(
            ("cases.csv", ["case_id;client_id;municipality;target_group;opened_on;first_contact_channel", "C1;K1;743;housing;1.2.2025;office"]),
            ("meters.csv", ["mittaus_id;asiakas_id;kunta;mittari;mittauspäivä;osa-alue", "M1;K1;743;ESY;1.2.2025;housing"]));

        var run = ContractRun.Validate(input);

        run.ExitCode.Should().Be(2, run.Console);
        run.Console.Should().Contain("meters.csv").And.Contain("score");
        run.Input("meters.csv").Error.Should().Contain("score").And.Contain("pisteet");
        run.Input("cases.csv").RowsAccepted.Should().Be(1);
    }

    [TestMethod]
    public void Validate_NoCasesFile_ExitsTwoNamingTheMissingExport()
    {
        var input = Folder(("meters.csv", ["measurement_id;client_id;municipality;meter;measured_on;domain;score"]));

        var run = ContractRun.Validate(input);

        run.ExitCode.Should().Be(2, run.Console);
        run.Console.Should().Contain("cases");
    }
}
