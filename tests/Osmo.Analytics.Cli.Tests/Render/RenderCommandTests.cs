using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Render;

/// <summary><c>osmo render</c> on the output of <c>osmo run</c> over the shipped dirty sample.</summary>
[TestClass]
public sealed class RenderCommandTests
{
    private static string _out = null!;
    private static string _run = null!;

    [ClassInitialize]
    public static void RunOnce(TestContext context)
    {
        _out = CliRunner.TempDir();
        var (code, log) = CliRunner.Run("run", "--input", RepoPaths.DataSamples("small-dirty"), "--out", _out, "--period", "2025-10", "--export-date", "2025-11-05");
        code.Should().Be(0, log);
        _run = Path.Combine(_out, "2025-10");
    }

    [ClassCleanup]
    public static void Cleanup() => Directory.Delete(_out, recursive: true);

    [TestMethod]
    public void Render_SameLanguage_ReportsAreByteIdenticalToTheRun()
    {
        var copy = CopyRun();
        var before = Snapshot(Path.Combine(copy, "reports"));
        Directory.Delete(Path.Combine(copy, "reports"), recursive: true);

        var (code, log) = CliRunner.Run("render", "--results", copy);

        code.Should().Be(0, log);
        before.Should().NotBeEmpty();
        var after = Snapshot(Path.Combine(copy, "reports"));
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (file, bytes) in before)
        {
            after[file].Should().Equal(bytes, $"{file} must be re-rendered byte for byte");
            log.Should().Contain("reports/" + file);
        }
    }

    [TestMethod]
    public void Render_SameLanguage_LeavesEveryOtherFileUntouched()
    {
        var copy = CopyRun();
        var before = Snapshot(copy).Where(kv => !kv.Key.StartsWith("reports/", StringComparison.Ordinal)).ToList();

        var (code, log) = CliRunner.Run("render", "--results", copy, "--lang", "en");

        code.Should().Be(0, log);
        var after = Snapshot(copy).Where(kv => !kv.Key.StartsWith("reports/", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value);
        after.Keys.Should().BeEquivalentTo(before.Select(kv => kv.Key), "no temporary or aside folder may be left behind");
        foreach (var (file, bytes) in before)
        {
            after[file].Should().Equal(bytes, file);
        }
    }

    [TestMethod]
    public void Render_Swedish_WritesSwedishReports()
    {
        var copy = CopyRun();

        var (code, log) = CliRunner.Run("render", "--results", copy, "--lang", "sv");

        code.Should().Be(0, log);
        var pages = Directory.GetFiles(Path.Combine(copy, "reports"), "*.html", SearchOption.AllDirectories);
        pages.Should().NotBeEmpty();
        foreach (var page in pages)
        {
            File.ReadAllText(page).Should().Contain("<html lang=\"sv\"", page);
        }

        // The run itself wrote Finnish: the Swedish pages replaced them.
        File.ReadAllText(Directory.GetFiles(Path.Combine(_run, "reports"), "*.html", SearchOption.AllDirectories)[0]).Should().Contain("<html lang=\"fi\"");
    }

    [TestMethod]
    public void Render_FolderWithoutRunJson_ExitsTwoNamingIt()
    {
        var copy = CopyRun();
        File.Delete(Path.Combine(copy, "run.json"));

        var (code, log) = CliRunner.Run("render", "--results", copy);

        code.Should().Be(2);
        log.Should().Contain("run.json").And.Contain("not a finished run folder");
    }

    [TestMethod]
    public void Render_MissingFolder_ExitsTwo()
    {
        var (code, log) = CliRunner.Run("render", "--results", Path.Combine(_out, "no-such-run"));

        code.Should().Be(2);
        log.Should().Contain("does not exist");
    }

    [TestMethod]
    public void Render_BadLanguage_ExitsTwo()
    {
        var (code, log) = CliRunner.Run("render", "--results", _run, "--lang", "de");

        code.Should().Be(2);
        log.Should().Contain("--lang");
    }

    private static string CopyRun()
    {
        var target = Path.Combine(_out, "copy-" + Path.GetRandomFileName());
        foreach (var file in Directory.EnumerateFiles(_run, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(_run, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
