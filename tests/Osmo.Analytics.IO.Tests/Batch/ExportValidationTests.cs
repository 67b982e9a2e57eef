using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.Sinks.Quarantine;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.IO.Tests.Batch;

[TestClass]
public sealed class ExportValidationTests
{
    [TestMethod]
    public void ValidateAll_WorkbookCorruptPartWay_RejectsTheFileButKeepsTheCountsOfTheRowsAlreadyQuarantined()
    {
        var dir = Path.Combine(Path.GetTempPath(), "osmo-batch-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        var cases = Path.Combine(dir, "cases.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("cases");
            string[][] rows =
            [
                ["case_id", "client_id", "municipality", "target_group", "opened_on", "first_contact_channel"],
                ["A1", "K1", "743", "young_adults", "2025-03-01", "office"],
                ["A2", "K2", "999", "young_adults", "2025-03-01", "office"], // unknown municipality: quarantined
                ["A3", "K3", "743", "young_adults", "2025-03-01", "office"],
            ];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 1, c + 1).SetValue(rows[r][c]);
                }
            }

            workbook.SaveAs(cases);
        }

        // Cut the worksheet XML inside row 4: rows 2 and 3 read, then the reader fails.
        using (var zip = ZipFile.Open(cases, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var broken = zip.CreateEntry("xl/worksheets/sheet1.xml");
            using var writer = new StreamWriter(broken.Open(), new UTF8Encoding(false));
            var cut = xml.IndexOf("r=\"A4\"", StringComparison.Ordinal);
            cut.Should().BePositive("the sheet XML holds cell A4");
            writer.Write(xml[..(cut + 4)]);
        }

        var reference = ReferenceLoader.Load(Path.Combine(RepoRoot(), "data-samples", "reference"), null).Data;
        var quarantinePath = Path.Combine(dir, "quarantine.csv");
        ValidatedExports result;
        using (var quarantine = new QuarantineWriter(quarantinePath))
        {
            result = ExportValidation.ValidateAll(InputFolder.Discover(dir), reference, new ValidationOptions { ExportDate = new DateOnly(2025, 11, 5) }, quarantine);
        }

        var report = result.Files.Single(f => f.File == "cases.xlsx");
        result.IsRejected.Should().BeTrue();
        report.Error.Should().NotBeNull();
        report.RowsRead.Should().Be(2, report.Error);
        report.RowsAccepted.Should().Be(1);
        report.RowsQuarantined.Should().Be(1);
        report.QuarantinedByReason["unknown_code"].Should().Be(1);
        File.ReadAllLines(quarantinePath).Should().HaveCount(2, "the header and the one quarantined row");
        Directory.Delete(dir, recursive: true);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
