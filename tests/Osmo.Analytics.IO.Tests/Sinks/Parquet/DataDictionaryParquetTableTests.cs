using Osmo.Analytics.IO.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Parquet;

[TestClass]
public sealed class DataDictionaryParquetTableTests
{
    private static readonly ParquetFileMetadata Metadata = new("0.1.0", "run-1", "catalog-1");

    [TestMethod]
    public async Task WriteAsync_IndicatorAndOwnColumns_ReadBackInOrder()
    {
        using var dir = new TempDirectory();
        var path = dir.File(DataDictionaryParquetTable.FileName);
        var entries = IndicatorParquetTable.Describe().Concat(DataDictionaryParquetTable.Describe()).ToList();

        await DataDictionaryParquetTable.WriteAsync(path, entries, Metadata);

        var columns = DuckDbReader.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDbReader.Literal(path)})")
            .Select(r => ((string)r[0]!, (string)r[1]!));
        var rows = DuckDbReader.Query(
            $"SELECT \"table\", \"column\", type, nullable FROM read_parquet({DuckDbReader.Literal(path)})");
        columns.Should().Equal(("table", "VARCHAR"), ("column", "VARCHAR"), ("type", "VARCHAR"), ("nullable", "BOOLEAN"), ("description", "VARCHAR"));
        rows.Should().HaveCount(21);
        rows[4].Should().Equal("indicators", "municipality_code", "UTF8", true);
        rows[13].Should().Equal("indicators", "suppressed", "BOOLEAN", false);
        rows[15].Should().Equal("indicators", "peer_group", "UTF8", true);
        rows[16].Should().Equal("data_dictionary", "table", "UTF8", false);
    }

    [TestMethod]
    public void Render_Markdown_HasSectionPerTableAndEscapesPipes()
    {
        DataDictionaryEntry[] entries =
        [
            new("a", "x", "UTF8", true, "one | two"),
            new("a", "y", "INT64", false, "count"),
            new("b", "z", "DATE", false, "day"),
        ];

        var markdown = DataDictionaryMarkdown.Render(entries);

        markdown.Should().Contain("\n## a\n").And.Contain("\n## b\n")
            .And.Contain("| `x` | UTF8 | yes | one \\| two |\n")
            .And.Contain("| `y` | INT64 | no | count |\n");
    }
}
