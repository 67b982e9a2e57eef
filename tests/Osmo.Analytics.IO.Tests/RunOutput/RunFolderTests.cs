using Osmo.Analytics.IO.RunOutput;

namespace Osmo.Analytics.IO.Tests.RunOutput;

[TestClass]
public sealed class RunFolderTests
{
    private string _root = null!;

    [TestInitialize]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "osmo-runfolder-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_root);
    }

    [TestCleanup]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    public void Commit_ReplacesThePreviousFolderWhole()
    {
        WriteGood("old");
        using (var run = RunFolder.Create(_root, "2025-10", "r2"))
        {
            File.WriteAllText(Path.Combine(run.WorkPath, "a.txt"), "new");
            run.Commit();
        }

        File.ReadAllText(Path.Combine(_root, "2025-10", "a.txt")).Should().Be("new");
        File.Exists(Path.Combine(_root, "2025-10", "only-old.txt")).Should().BeFalse();
        Directory.EnumerateDirectories(_root).Select(Path.GetFileName).Should().Equal("2025-10");
    }

    [TestMethod]
    public void Dispose_WithoutCommit_LeavesTheLastGoodOutputIntactAndNoTempFolder()
    {
        WriteGood("old");
        using (var run = RunFolder.Create(_root, "2025-10", "r2"))
        {
            File.WriteAllText(Path.Combine(run.WorkPath, "a.txt"), "half-written");
        }

        File.ReadAllText(Path.Combine(_root, "2025-10", "a.txt")).Should().Be("old");
        Directory.EnumerateDirectories(_root).Select(Path.GetFileName).Should().Equal("2025-10");
    }

    [TestMethod]
    public void Create_AfterARunKilledMidWrite_RemovesItsTempFolderAndKeepsTheGoodOutput()
    {
        WriteGood("old");
        // A killed process never disposes: its temporary folder stays behind.
        var killed = RunFolder.Create(_root, "2025-10", "r2");
        File.WriteAllText(Path.Combine(killed.WorkPath, "a.txt"), "half-written");

        using var next = RunFolder.Create(_root, "2025-10", "r3");

        Directory.Exists(killed.WorkPath).Should().BeFalse();
        File.ReadAllText(Path.Combine(_root, "2025-10", "a.txt")).Should().Be("old");
    }

    [TestMethod]
    public void Create_AfterARunKilledBetweenTheTwoRenames_RestoresThePreviousFolder()
    {
        WriteGood("old");
        // Killed after moving the good folder aside, before moving the new one in.
        Directory.Move(Path.Combine(_root, "2025-10"), Path.Combine(_root, ".2025-10.old-12345"));

        using var next = RunFolder.Create(_root, "2025-10", "r3");

        File.ReadAllText(Path.Combine(_root, "2025-10", "a.txt")).Should().Be("old");
        Directory.Exists(Path.Combine(_root, ".2025-10.old-12345")).Should().BeFalse();
    }

    private void WriteGood(string text)
    {
        using var run = RunFolder.Create(_root, "2025-10", "r1");
        File.WriteAllText(Path.Combine(run.WorkPath, "a.txt"), text);
        File.WriteAllText(Path.Combine(run.WorkPath, "only-old.txt"), text);
        run.Commit();
    }
}
