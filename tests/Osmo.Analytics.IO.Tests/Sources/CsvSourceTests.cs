using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed partial class CsvSourceTests
{
    private static List<SourceRecord> ReadAll(string path, out CsvSource source, char? comment = null)
    {
        source = CsvSource.Open(path, comment);
        using (source)
        {
            return source.Records.ToList();
        }
    }

    private static void ShouldBe(SourceRecord record, int line, params string[] cells)
    {
        record.Line.Should().Be(line);
        record.Cells.Should().Equal(cells);
        record.Malformed.Should().BeNull();
    }

    [TestMethod]
    public void Open_Utf8BomSemicolon_HeaderWithoutBomAndCellsIntact()
    {
        using var folder = new TempFolder();
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var path = folder.WriteBytes("Issue_bom_semicolon.csv", [.. bom, .. "kunta;nimi\r\n743;Seinäjoki\r\n"u8.ToArray()]);

        var records = ReadAll(path, out var source);

        source.Encoding.Should().Be("utf-8-bom");
        source.Delimiter.Should().Be(";");
        source.Header.Should().Equal("kunta", "nimi");
        source.HeaderLine.Should().Be(1);
        records.Should().ContainSingle();
        ShouldBe(records[0], 2, "743", "Seinäjoki");
    }

    [TestMethod]
    public void Open_Windows1252_FinnishLettersSurvive()
    {
        using var folder = new TempFolder();
        // Hand-encoded Windows-1252: E4 = ä, C4 = Ä, F6 = ö.
        byte[] bytes =
        [
            .. "kunta;nimi\r\n743;Sein"u8.ToArray(), 0xE4, .. "joki\r\n989;"u8.ToArray(), 0xC4, .. "ht"u8.ToArray(), 0xE4,
            .. "ri\r\n934;Isokyr"u8.ToArray(), 0xF6, .. "\r\n"u8.ToArray(),
        ];
        var path = folder.WriteBytes("Issue_windows1252_scandics.csv", bytes);

        var records = ReadAll(path, out var source);

        source.Encoding.Should().Be("windows-1252");
        records.Select(r => r.Cells[1]).Should().Equal("Seinäjoki", "Ähtäri", "Isokyrö");
    }

    [TestMethod]
    [DataRow("a,b,c\n1,2,3\n", ",", DisplayName = "comma")]
    [DataRow("a\tb\tc\n1\t2\t3\n", "tab", DisplayName = "tab")]
    [DataRow("a;b;c\n1;2;3\n", ";", DisplayName = "semicolon")]
    public void Open_Delimiter_DetectedAndUsed(string text, string expectedName)
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("delimiters.csv", text);

        var records = ReadAll(path, out var source);

        source.Delimiter.Should().Be(expectedName);
        source.Header.Should().Equal("a", "b", "c");
        ShouldBe(records.Single(), 2, "1", "2", "3");
    }

    [TestMethod]
    public void Records_QuotedCellWithNewlineDelimiterAndQuotes_NextRecordCountsPhysicalLines()
    {
        using var folder = new TempFolder();
        // Line 2 opens a quoted cell that ends on line 3; the next record starts on line 4.
        var path = folder.WriteText("Issue_quoted_multiline.csv",
            "id;note;n\r\n1;\"first\r\nsecond; \"\"q\"\"\";x\r\n2;plain;y\r\n");

        var records = ReadAll(path, out _);

        records.Should().HaveCount(2);
        ShouldBe(records[0], 2, "1", "first\r\nsecond; \"q\"", "x");
        ShouldBe(records[1], 4, "2", "plain", "y");
    }

    [TestMethod]
    public void Records_LoneCrAndLfLineEnds_EachEndsOneLine()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_mixed_line_ends.csv", "a;b\r1;2\n3;4\r\n5;6");

        var records = ReadAll(path, out _);

        records.Select(r => r.Line).Should().Equal(2, 3, 4);
        records[2].Cells.Should().Equal("5", "6");
    }

    [TestMethod]
    public void Records_BlankLinesAndDelimiterOnlyLines_SkippedButCounted()
    {
        using var folder = new TempFolder();
        // Lines: 1 header, 2 data, 3 empty, 4 only delimiters, 5 blanks, 6 data, 7 empty (CRLF), 8 data.
        var path = folder.WriteText("Issue_blank_lines.csv", "a;b;c\n1;2;3\n\n;;\n  ; \t;\n4;5;6\r\n\r\n7;8;9\n");

        var records = ReadAll(path, out _);

        records.Should().HaveCount(3);
        ShouldBe(records[0], 2, "1", "2", "3");
        ShouldBe(records[1], 6, "4", "5", "6");
        ShouldBe(records[2], 8, "7", "8", "9");
    }

    [TestMethod]
    public void Records_MoreCellsThanHeader_ReturnedWholeAndMalformed()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_row_wider_than_header.csv", "a;b;c;d;e;f;g;h\n1;2;3;4;5;6;7;8;9\n");

        var record = ReadAll(path, out _).Single();

        record.Line.Should().Be(2);
        record.Cells.Should().Equal("1", "2", "3", "4", "5", "6", "7", "8", "9");
        record.Malformed.Should().Be("row has 9 cells, the header has 8");
    }

    [TestMethod]
    public void Records_TrailingEmptyExtraCell_DroppedNotMalformed()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_trailing_delimiter.csv", "a;b;c\n1;2;3;\n");

        ShouldBe(ReadAll(path, out _).Single(), 2, "1", "2", "3");
    }

    [TestMethod]
    public void Records_FewerCellsThanHeader_PaddedWithEmptyStrings()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_short_row.csv", "a;b;c\n1\n");

        ShouldBe(ReadAll(path, out _).Single(), 2, "1", "", "");
    }

    [TestMethod]
    public void Records_UnterminatedQuoteAtEndOfFile_ReturnedMalformedWithTheRest()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_unterminated_quote.csv", "id;note\n0;ok\n1;\"open\n2;x\n");

        var records = ReadAll(path, out _);

        records.Should().HaveCount(2);
        ShouldBe(records[0], 2, "0", "ok");
        records[1].Line.Should().Be(3);
        records[1].Cells.Should().Equal("1", "open\n2;x\n");
        records[1].Malformed.Should().Contain("line 3").And.Contain("never closed");
    }

    [TestMethod]
    public void Records_CellsNotTrimmedButHeaderIs()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_untrimmed_cells.csv", " a ; b \n 1 ;\" 2 \"\n");

        var records = ReadAll(path, out var source);

        source.Header.Should().Equal("a", "b");
        ShouldBe(records.Single(), 2, " 1 ", " 2 ");
    }

    [TestMethod]
    public void Open_CommentLinesBeforeHeader_SkippedAndCounted()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_comment_lines.csv", "# Source: Statistics Finland, 2024\n# a;b;c;d\ncode,name\n#not a comment here? yes, at line start\n005,Alajärvi\n");

        var records = ReadAll(path, out var source, comment: '#');

        source.Delimiter.Should().Be(",");
        source.HeaderLine.Should().Be(3);
        ShouldBe(records.Single(), 5, "005", "Alajärvi");
    }

    [TestMethod]
    public void Open_EmptyFile_ThrowsSourceFileExceptionNamingFile()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("cases.csv", "\r\n\r\n");

        var act = () => CsvSource.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage("*'cases.csv' is empty*").Which.FileName.Should().Be("cases.csv");
    }

    [TestMethod]
    public void Records_SecondEnumeration_Throws()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("twice.csv", "a\n1\n");
        using var source = CsvSource.Open(path);
        _ = source.Records.ToList();

        var act = () => source.Records;

        act.Should().Throw<InvalidOperationException>();
    }
}
