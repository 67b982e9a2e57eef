using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed class InputFolderTests
{
    [TestMethod]
    public void Discover_MixedFolder_FindsExportsByStemIgnoringCase()
    {
        using var folder = new TempFolder();
        folder.WriteText("Cases.CSV", "x");
        folder.WriteText("meters.xlsx", "x");
        folder.WriteText("group_sessions.csv", "x");
        folder.WriteText("notes.txt", "x");
        folder.WriteText("group_attendance.xls", "x");
        folder.WriteText("reference/municipalities.csv", "x");
        folder.WriteText("old/cases.csv", "x");

        var contents = InputFolder.Discover(folder.Path);

        contents.Files.Select(f => (f.Kind, f.FileName)).Should().Equal(
            (SourceKind.Cases, "Cases.CSV"),
            (SourceKind.Meters, "meters.xlsx"),
            (SourceKind.GroupSessions, "group_sessions.csv"));
        contents.Find(SourceKind.GroupAttendance).Should().BeNull();
        contents.Find(SourceKind.Meters)!.Path.Should().Be(folder.File("meters.xlsx"));
        contents.ReferenceDirectory.Should().Be(folder.File("reference"));
        contents.Ignored.Select(i => i.Name).Should().Equal("group_attendance.xls", "notes.txt", "old/");
        contents.Ignored[0].Reason.Should().Contain(".xlsx");
    }

    [TestMethod]
    public void Discover_CsvAndXlsxForOneStem_ThrowsNamingBoth()
    {
        using var folder = new TempFolder();
        folder.WriteText("meters.csv", "x");
        folder.WriteText("Meters.xlsx", "x");

        var act = () => InputFolder.Discover(folder.Path);

        act.Should().Throw<SourceFileException>().WithMessage("*Meters.xlsx*meters.csv*");
    }

    [TestMethod]
    public void Discover_MissingFolder_ThrowsSourceFileException()
    {
        using var folder = new TempFolder();

        var act = () => InputFolder.Discover(folder.File("no-such-folder"));

        act.Should().Throw<SourceFileException>().WithMessage("*no-such-folder*does not exist*");
    }

    [TestMethod]
    public void Discover_NoReferenceFolder_ReferenceDirectoryNull()
    {
        using var folder = new TempFolder();
        folder.WriteText("cases.csv", "x");

        InputFolder.Discover(folder.Path).ReferenceDirectory.Should().BeNull();
    }
}
