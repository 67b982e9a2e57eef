using ClosedXML.Excel;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed class SourceFileTests
{
    [TestMethod]
    public void Open_FinnishHeadersWindows1252Csv_BindsToCasesSchema()
    {
        using var folder = new TempFolder();
        // Finnish aliases with scandics in Windows-1252 (E4 = ä), odd case and spacing, plus an unknown column.
        byte[] bytes =
        [
            .. "Asiakkuus_ID;asiakas id;KUNTA;kohderyhm"u8.ToArray(), 0xE4, .. ";alkanut;yhteydenottotapa;huomio\r\n"u8.ToArray(),
            .. "A1;K1;Sein"u8.ToArray(), 0xE4, .. "joki;ty"u8.ToArray(), 0xF6, .. "t;3.2.2025;puhelin;x\r\n"u8.ToArray(),
        ];
        var path = folder.WriteBytes("cases.csv", bytes);

        using var source = SourceFile.Open(path);
        var binding = HeaderMatcher.Bind(EntitySchemas.Cases, source.Header);
        var record = source.Records.Single();

        binding.IsComplete.Should().BeTrue();
        binding.UnknownColumns.Should().Equal("huomio");
        binding.Cell(record.Cells, EntitySchemas.Cases.IndexOf("municipality")).Should().Be("Seinäjoki");
        binding.Cell(record.Cells, EntitySchemas.Cases.IndexOf("target_group")).Should().Be("työt");
        binding.Cell(record.Cells, EntitySchemas.Cases.IndexOf("opened_on")).Should().Be("3.2.2025");
        source.Encoding.Should().Be("windows-1252");
        source.Delimiter.Should().Be(";");
    }

    [TestMethod]
    public void Open_EnglishHeadersXlsx_BindsToMetersSchema()
    {
        using var folder = new TempFolder();
        var path = folder.File("meters.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("meters");
            string[] header = ["measurement_id", "client_id", "municipality", "meter", "measured_on", "domain", "score"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).Value = header[c];
            }

            sheet.Cell(2, 1).Value = "M1";
            sheet.Cell(2, 2).Value = "K1";
            sheet.Cell(2, 3).Value = 5;
            sheet.Cell(2, 4).Value = "AVHV";
            sheet.Cell(2, 5).Value = new DateTime(2025, 1, 31);
            sheet.Cell(2, 6).Value = "housing";
            sheet.Cell(2, 7).Value = 8;
            workbook.SaveAs(path);
        }

        using var source = SourceFile.Open(path);
        var binding = HeaderMatcher.Bind(EntitySchemas.Meters, source.Header);
        var record = source.Records.Single();

        binding.IsComplete.Should().BeTrue();
        binding.UnknownColumns.Should().BeEmpty();
        binding.Cell(record.Cells, EntitySchemas.Meters.IndexOf("case_id")).Should().BeEmpty();
        binding.Cell(record.Cells, EntitySchemas.Meters.IndexOf("municipality")).Should().Be("5");
        binding.Cell(record.Cells, EntitySchemas.Meters.IndexOf("measured_on")).Should().Be("2025-01-31");
        binding.Cell(record.Cells, EntitySchemas.Meters.IndexOf("score")).Should().Be("8");
        record.Line.Should().Be(2);
        source.Encoding.Should().Be("xlsx");
        source.Delimiter.Should().BeNull();
    }

    [TestMethod]
    [DataRow("cases.xls", "*old Excel 97-2003 format*")]
    [DataRow("cases.ods", "*neither CSV nor XLSX*")]
    public void Open_UnsupportedExtension_ThrowsSourceFileExceptionNamingFile(string name, string message)
    {
        using var folder = new TempFolder();
        var path = folder.WriteText(name, "x");

        var act = () => SourceFile.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage(message).And.Message.Should().Contain(name);
    }

    [TestMethod]
    [DataRow("cases.csv")]
    [DataRow("cases.xlsx")]
    public void Open_MissingFile_ThrowsSourceFileException(string name)
    {
        using var folder = new TempFolder();

        var act = () => SourceFile.Open(folder.File(name));

        act.Should().Throw<SourceFileException>().WithMessage($"*'{name}' was not found*");
    }

    [TestMethod]
    public void Fingerprint_OfOpenedCsv_MatchesFingerprinter()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("cases.txt", "a,b\n1,2\n");

        using var source = SourceFile.Open(path);

        source.Should().BeOfType<CsvSource>();
        source.Fingerprint.Should().Be(Fingerprinter.Compute(path));
    }
}
