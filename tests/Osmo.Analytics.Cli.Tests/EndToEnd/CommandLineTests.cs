namespace Osmo.Analytics.Cli.Tests.EndToEnd;

[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    public void Catalog_PrintsEveryIndicatorOfTheSpecAsMarkdown()
    {
        var (code, output) = CliRunner.Run("catalog");

        code.Should().Be(0);
        // A sample of ids from each family of spec/indicators.md.
        output.Should().Contain("client_plan_pct").And.Contain("assessment_done_3m_pct").And.Contain("meter_follow_up_loss_pct")
            .And.Contain("group_attendance_mean").And.Contain("low_threshold_hours").And.Contain("reach_pct");
        output.Should().StartWith("#");
    }

    [TestMethod]
    public void Run_MissingInputFolder_ExitsTwoWithOneLineNamingTheFolder()
    {
        var (code, output) = CliRunner.Run("run", "--input", "/no/such/folder", "--period", "2025-10", "--export-date", "2025-11-05");

        code.Should().Be(2);
        output.Trim().Should().Be("error: input folder '/no/such/folder' does not exist.");
    }

    [TestMethod]
    [DataRow("2025-13")]
    [DataRow("10/2025")]
    [DataRow("2025-11")]
    public void Run_WrongPeriod_ExitsTwoNamingThePeriod(string period)
    {
        var (code, output) = CliRunner.Run("run", "--input", RepoPaths.DataSamples("small-dirty"), "--period", period, "--export-date", "2025-11-05", "--out", Path.GetTempPath());

        code.Should().Be(2);
        output.Should().Contain("--period").And.Contain(period);
    }

    [TestMethod]
    public void Run_UnknownOption_ExitsTwo()
    {
        CliRunner.Run("run", "--input", "x", "--perid", "2025-10").ExitCode.Should().Be(2);
    }

    [TestMethod]
    public void Run_MissingRequiredColumn_ExitsTwoAndKeepsThePreviousOutput()
    {
        var root = CliRunner.TempDir();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "cases.csv"), "case_id;client_id;municipality;target_group;opened_on;first_contact_channel\nA1;K1;743;young_adults;2025-03-01;office\n");
        var outDir = Path.Combine(root, "out");
        CliRunner.Run("run", "--input", input, "--out", outDir, "--period", "2025-10", "--export-date", "2025-11-05").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(Path.Combine(outDir, "2025-10", "parquet", "indicators.parquet"));

        File.WriteAllText(Path.Combine(input, "cases.csv"), "case_id;client_id;kunta;opened_on;first_contact_channel\nA1;K1;743;2025-03-01;office\n");
        var (code, output) = CliRunner.Run("run", "--input", input, "--out", outDir, "--period", "2025-10", "--export-date", "2025-11-05");

        code.Should().Be(2);
        output.Should().Contain("cases.csv").And.Contain("target_group");
        File.ReadAllBytes(Path.Combine(outDir, "2025-10", "parquet", "indicators.parquet")).Should().Equal(before);
        Directory.EnumerateDirectories(outDir).Select(Path.GetFileName).Should().Equal("2025-10");
        Directory.Delete(root, recursive: true);
    }

    [TestMethod]
    public void Run_SameInputsTwice_WritesByteIdenticalOutputsExceptRunJson()
    {
        var root = CliRunner.TempDir();
        var input = Path.Combine(root, "in");
        CliRunner.Run("sample", "--out", input, "--scale", "small", "--seed", "11").ExitCode.Should().Be(0);
        string[] args = ["run", "--input", input, "--period", "2025-10", "--export-date", "2025-11-05"];
        CliRunner.Run([.. args, "--out", Path.Combine(root, "a")]).ExitCode.Should().Be(0);
        CliRunner.Run([.. args, "--out", Path.Combine(root, "b")]).ExitCode.Should().Be(0);

        var a = Path.Combine(root, "a", "2025-10");
        var b = Path.Combine(root, "b", "2025-10");
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        files.Should().Contain(Path.Combine("parquet", "indicators.parquet")).And.Contain("data-quality.html");
        Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).Should().Equal(files);
        foreach (var file in files.Where(f => f != "run.json"))
        {
            File.ReadAllBytes(Path.Combine(b, file)).Should().Equal(File.ReadAllBytes(Path.Combine(a, file)), file);
        }

        Directory.Delete(root, recursive: true);
    }
}
