using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DuckDB.NET.Data;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.IO.Sinks.Samples;
using Osmo.Analytics.Model;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.IO.Tests.Sinks.Samples;

[TestClass]
public sealed class SampleWriterTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    static SampleWriterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TestContext TestContext { get; set; } = null!;

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "osmo-sample-tests", Guid.NewGuid().ToString("N"));

    [ClassCleanup]
    public static void DeleteOutputs()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string NewDir()
    {
        var dir = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [TestMethod]
    public async Task WriteAsync_FinnishStyle_BomUtf8AndWindows1252AsAsked()
    {
        var dir = NewDir();
        await SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.Small }, SampleWriterOptions.FinnishStyle, TestContext.CancellationToken);

        var cases = await File.ReadAllBytesAsync(Path.Combine(dir, "cases.csv"), TestContext.CancellationToken);
        cases.Take(3).Should().Equal(Bom);
        var sessions = await File.ReadAllBytesAsync(Path.Combine(dir, "group_sessions.csv"), TestContext.CancellationToken);
        sessions.Take(3).Should().NotEqual(Bom);
        // 'ä' of the header "ryhmä_id" and of "Lappajärvi" is the single byte 0xE4 in Windows-1252, never UTF-8's C3 A4.
        sessions.Should().Contain(0xE4);
        ContainsSequence(sessions, [0xC3, 0xA4]).Should().BeFalse();
        var text = Encoding.GetEncoding(1252).GetString(sessions);
        text.Should().StartWith("ryhmä_id;ryhmän_nimi;kunta;").And.Contain(";Lappajärvi;");
    }

    [TestMethod]
    public async Task WriteAsync_FinnishStyle_HeadersBindDatesAndDecimalsFinnish()
    {
        var dir = NewDir();
        await SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.Small }, SampleWriterOptions.FinnishStyle, TestContext.CancellationToken);

        foreach (var schema in EntitySchemas.All)
        {
            var encoding = schema.Kind == SourceKind.GroupSessions ? Encoding.GetEncoding(1252) : Encoding.UTF8;
            var lines = await File.ReadAllLinesAsync(Path.Combine(dir, schema.FileStem + ".csv"), encoding, TestContext.CancellationToken);
            var binding = HeaderMatcher.Bind(schema, lines[0].Split(';'));
            binding.IsComplete.Should().BeTrue(schema.FileStem);
            binding.UnknownColumns.Should().BeEmpty(schema.FileStem);
            binding.SourceIndex.Should().OnlyContain(i => i >= 0, "every column is written");
        }

        var caseLine = (await File.ReadAllLinesAsync(Path.Combine(dir, "cases.csv"), TestContext.CancellationToken))[1].Split(';');
        caseLine[5].Should().MatchRegex(@"^\d{1,2}\.\d{1,2}\.20\d\d$");
        new[] { "", "kyllä", "ei" }.Should().Contain(caseLine[7]);
        var meters = await File.ReadAllTextAsync(Path.Combine(dir, "meters.csv"), TestContext.CancellationToken);
        Regex.IsMatch(meters, @";KYKYVIISARI;[^;]+;mental_wellbeing;\d+,5\r\n").Should().BeTrue("half points are written with a decimal comma");
        meters.Should().NotContain(".5\r\n");
    }

    [TestMethod]
    public async Task WriteAsync_DefaultOptions_EnglishUtf8WithoutBomIsoDates()
    {
        var dir = NewDir();
        var result = await SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.Small }, cancellationToken: TestContext.CancellationToken);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, "cases.csv"), TestContext.CancellationToken);
        Encoding.ASCII.GetString(bytes, 0, 16).Should().Be("case_id,client_i");
        var second = Encoding.UTF8.GetString(bytes).Split("\r\n")[1].Split(',');
        second.Should().HaveCount(17);
        second[5].Should().MatchRegex(@"^20\d\d-\d\d-\d\d$");
        result.Files.Select(f => f.File).Should().Contain(["cases.csv", "meters.csv", "group_sessions.csv", "group_attendance.csv", "reference/municipalities.csv"]);
        result.Files.Single(f => f.File == "reference/municipalities.csv").Rows.Should().Be(5, "small scale covers five municipalities");
    }

    [TestMethod]
    public async Task WriteAsync_Small_SummaryJsonHoldsSeedAndTruths()
    {
        var dir = NewDir();
        var options = new SampleOptions { Scale = SampleScale.Small, Seed = 42 };
        var result = await SampleWriter.WriteAsync(dir, options, cancellationToken: TestContext.CancellationToken);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "sample.json"), TestContext.CancellationToken));
        json.RootElement.GetProperty("seed").GetInt32().Should().Be(42);
        json.RootElement.GetProperty("export_date").GetString().Should().Be("2025-11-05");
        json.RootElement.GetProperty("planted_truths").GetArrayLength().Should().Be(result.Truths.Length).And.BeGreaterThan(3);
        File.Exists(Path.Combine(dir, "SAMPLE.md")).Should().BeTrue();
    }

    [TestMethod]
    public async Task WriteAsync_XlsxAtNationalScale_IsRefusedBeforeWriting()
    {
        var dir = Path.Combine(NewDir(), "out");
        var act = () => SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.National, CaseCount = 1000 }, new SampleWriterOptions { Format = SampleFileFormat.Xlsx }, TestContext.CancellationToken);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*national scale*");
        Directory.Exists(dir).Should().BeFalse();
    }

    [TestMethod]
    public async Task WriteAsync_Xlsx_TextCodesKeepZerosAndDatesAreDateCells()
    {
        var dir = NewDir();
        await SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.Region, CaseCount = 600 }, new SampleWriterOptions { Format = SampleFileFormat.Xlsx }, TestContext.CancellationToken);

        using var workbook = new XLWorkbook(Path.Combine(dir, "cases.xlsx"));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().Should().Be("case_id");
        var alajarvi = sheet.Column(3).CellsUsed().First(c => c.GetString() == "005");
        alajarvi.DataType.Should().Be(XLDataType.Text, "Excel must not turn 005 into 5 in our own sample");
        sheet.Cell(2, 6).DataType.Should().Be(XLDataType.DateTime);
    }

    [TestMethod]
    public async Task WriteAsync_QuotedCells_ReadBackByDuckDb()
    {
        var dir = NewDir();
        var dataset = SampleGenerator.Generate(new SampleOptions { Scale = SampleScale.Region, CaseCount = 8000 });
        await SampleWriter.WriteAsync(dir, dataset, new SampleWriterOptions { Delimiter = ';' }, TestContext.CancellationToken);
        var names = dataset.Rows(SourceKind.GroupSessions).Select(r => r[1]).ToHashSet();
        names.Should().Contain(n => n.Contains(';') || n.Contains('"'), "the sample must exercise CSV quoting");

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var path = Path.Combine(dir, "group_sessions.csv").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"SELECT DISTINCT ryhman FROM (SELECT group_name AS ryhman FROM read_csv('{path}', delim=';', quote='\"', escape='\"', header=true, all_varchar=true))";
        var read = new HashSet<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                read.Add(reader.GetString(0));
            }
        }

        read.Should().BeEquivalentTo(names);
    }

    [TestMethod]
    public async Task ShippedReference_MatchesWriterOutput()
    {
        var dir = NewDir();
        await SampleWriter.WriteReferenceAsync(dir, SampleGenerator.Generate(new SampleOptions()), TestContext.CancellationToken);
        var shipped = Path.Combine(RepoRoot(), "data-samples", "reference");

        foreach (var file in Directory.GetFiles(dir))
        {
            var name = Path.GetFileName(file);
            (await File.ReadAllBytesAsync(Path.Combine(shipped, name), TestContext.CancellationToken))
                .Should().Equal(await File.ReadAllBytesAsync(file, TestContext.CancellationToken), $"data-samples/reference/{name} must be regenerated from the catalog");
        }

        Directory.GetFiles(shipped, "*.csv").Should().HaveCount(8);
    }

    [TestMethod]
    public async Task ShippedRegionSample_MatchesItsDocumentedRegeneration()
    {
        var dir = NewDir();
        // data-samples/README.md: osmo sample --out data-samples/region --scale region --seed 20251105 --cases 25000 --style finnish
        await SampleWriter.WriteAsync(dir, new SampleOptions { Scale = SampleScale.Region, Seed = 20251105, CaseCount = 25_000 }, SampleWriterOptions.FinnishStyle, TestContext.CancellationToken);
        var shipped = Path.Combine(RepoRoot(), "data-samples", "region");

        foreach (var name in new[] { "cases.csv", "meters.csv", "group_sessions.csv", "group_attendance.csv", "sample.json", "SAMPLE.md" })
        {
            var expected = await File.ReadAllBytesAsync(Path.Combine(dir, name), TestContext.CancellationToken);
            var actual = await File.ReadAllBytesAsync(Path.Combine(shipped, name), TestContext.CancellationToken);
            actual.SequenceEqual(expected).Should().BeTrue($"data-samples/region/{name} must equal its regeneration");
        }
    }

    private static bool ContainsSequence(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().IndexOf(needle) >= 0;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Osmo.Analytics.sln) not found.");
    }
}
