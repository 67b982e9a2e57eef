using System.Text.Json;

namespace Osmo.Analytics.Cli.Tests.EndToEnd;

/// <summary>Runs <c>osmo validate</c> on the shipped dirty sample and compares run.json and quarantine.csv with the
/// hand-worked oracle <c>data-samples/small-dirty/expected.json</c> (see EXPECTED.md beside it).</summary>
[TestClass]
public sealed class SmallDirtySampleTests
{
    private static string _out = null!;
    private static (int Code, string Log) _result;

    [ClassInitialize]
    public static void RunOnce(TestContext context)
    {
        _out = CliRunner.TempDir();
        _result = CliRunner.Run("validate", "--input", RepoPaths.DataSamples("small-dirty"), "--out", _out, "--export-date", "2025-11-05");
    }

    [ClassCleanup]
    public static void Cleanup() => Directory.Delete(_out, recursive: true);

    public static IEnumerable<object[]> Files()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.DataSamples("small-dirty"), "expected.json")));
        return expected.RootElement.GetProperty("files").EnumerateArray().Select(f => new object[] { f.GetProperty("file").GetString()! }).ToList();
    }

    [TestMethod]
    public void Validate_SmallDirty_ExitsZero() => _result.Code.Should().Be(0, _result.Log);

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void Validate_SmallDirty_ManifestCountsMatchTheHandWorkedOracle(string file)
    {
        var expected = ExpectedFile(file);
        var actual = ManifestFile(file);

        actual.GetProperty("rows_read").GetInt64().Should().Be(expected.GetProperty("rows_read").GetInt64());
        actual.GetProperty("rows_accepted").GetInt64().Should().Be(expected.GetProperty("rows_accepted").GetInt64());
        actual.GetProperty("rows_quarantined").GetInt64().Should().Be(expected.GetProperty("rows_quarantined").GetInt64());
        var expectedReasons = expected.GetProperty("quarantined_by_reason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        var actualReasons = actual.GetProperty("quarantined_by_reason").EnumerateObject().Where(p => p.Value.GetInt64() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt64());
        actualReasons.Should().BeEquivalentTo(expectedReasons);
        actual.GetProperty("encoding").GetString().Should().Be(expected.GetProperty("encoding").GetString());
        actual.GetProperty("delimiter").GetString().Should().Be(expected.GetProperty("delimiter").GetString());
    }

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void Validate_SmallDirty_QuarantineRowsMatchTheOracleLineByLine(string file)
    {
        var expected = ExpectedFile(file).GetProperty("quarantined").EnumerateArray()
            .Select(q => $"{q.GetProperty("line").GetInt32()} {q.GetProperty("reason").GetString()}")
            .ToList();
        var actual = File.ReadAllLines(Path.Combine(_out, "validation", "quarantine", "quarantine.csv")).Skip(1)
            .Where(l => l.StartsWith(file + ",", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .Select(c => $"{c[1]} {c[2]}")
            .ToList();

        actual.Should().Equal(expected);
    }

    private static JsonElement ExpectedFile(string file)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.DataSamples("small-dirty"), "expected.json")));
        return expected.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
    }

    private static JsonElement ManifestFile(string file)
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "validation", "run.json")));
        return manifest.RootElement.GetProperty("inputs").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
    }
}
