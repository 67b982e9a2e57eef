using Osmo.Analytics.IO.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Parquet;

[TestClass]
public sealed class ParquetTableWriterTests
{
    private static readonly IReadOnlyDictionary<string, string> Metadata = new ParquetFileMetadata("0.1.0", "run-1", "catalog-1").ToKeyValues();

    private sealed record Sample(string Code, int? Months, long Total, double? Share, bool Flag, DateOnly Day);

    private static ParquetTableBuilder<Sample> CreateBuilder() => new ParquetTableBuilder<Sample>("sample")
        .Utf8("code", s => s.Code, nullable: false, "Code.")
        .Int32("months", s => s.Months, nullable: true, "Months.")
        .Int64("total", s => s.Total, nullable: false, "Total.")
        .Double("share", s => s.Share, nullable: true, "Share.")
        .Boolean("flag", s => s.Flag, nullable: false, "Flag.")
        .Date("day", s => s.Day, nullable: false, "Day.");

    private static Sample[] FiveRows() =>
    [
        new("001", 1, 10, 0.5, true, new DateOnly(2024, 1, 1)),
        new("002", null, 20, null, false, new DateOnly(2024, 2, 1)),
        new("003", 3, 30, 1.5, true, new DateOnly(2024, 3, 1)),
        new("004", null, 40, null, false, new DateOnly(2024, 4, 1)),
        new("005", 5, 50, 2.5, true, new DateOnly(2024, 5, 1)),
    ];

    [TestMethod]
    public async Task WriteAsync_FiveRowsInGroupsOfTwo_WritesThreeRowGroupsInOrder()
    {
        using var dir = new TempDirectory();
        var path = dir.File("sample.parquet");
        var sut = CreateBuilder().WithRowGroupSize(2).Build();

        await sut.WriteAsync(path, FiveRows(), Metadata);

        var groups = DuckDbReader.Query(
            $"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata({DuckDbReader.Literal(path)}) ORDER BY row_group_id");
        var rows = DuckDbReader.Query(
            $"SELECT code, months, total, share, flag, CAST(day AS VARCHAR) FROM read_parquet({DuckDbReader.Literal(path)})");
        groups.Select(g => (long)g[1]!).Should().Equal(2L, 2L, 1L);
        rows.Should().BeEquivalentTo(
            new object?[][]
            {
                ["001", 1, 10L, 0.5, true, "2024-01-01"],
                ["002", null, 20L, null, false, "2024-02-01"],
                ["003", 3, 30L, 1.5, true, "2024-03-01"],
                ["004", null, 40L, null, false, "2024-04-01"],
                ["005", 5, 50L, 2.5, true, "2024-05-01"],
            },
            o => o.WithStrictOrdering());
    }

    [TestMethod]
    public async Task WriteAsync_Int32Column_ReadsAsInteger()
    {
        using var dir = new TempDirectory();
        var path = dir.File("sample.parquet");

        await CreateBuilder().Build().WriteAsync(path, FiveRows(), Metadata);

        var types = DuckDbReader.Query($"DESCRIBE SELECT months FROM read_parquet({DuckDbReader.Literal(path)})");
        types.Single()[1].Should().Be("INTEGER");
    }

    [TestMethod]
    public async Task WriteAsync_NullInRequiredColumn_Throws()
    {
        var sut = new ParquetTableBuilder<Sample>("sample").Utf8("code", _ => null, nullable: false, "Code.").Build();
        using var stream = new MemoryStream();

        var act = () => sut.WriteAsync(stream, FiveRows(), Metadata);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*'code'*");
    }

    [TestMethod]
    public void Build_DuplicateColumnNameInOtherCase_Throws()
    {
        var act = () => CreateBuilder().Utf8("CODE", s => s.Code, nullable: false, "Again.");

        act.Should().Throw<ArgumentException>().WithMessage("*CODE*");
    }

    [TestMethod]
    public void Build_NoColumns_Throws()
    {
        var act = () => new ParquetTableBuilder<Sample>("empty").Build();

        act.Should().Throw<InvalidOperationException>();
    }

    [TestMethod]
    public void Describe_GivesTypeNamesAndNullability()
    {
        var entries = CreateBuilder().Build().Describe();

        entries.Should().Equal(
            new DataDictionaryEntry("sample", "code", "UTF8", false, "Code."),
            new DataDictionaryEntry("sample", "months", "INT32", true, "Months."),
            new DataDictionaryEntry("sample", "total", "INT64", false, "Total."),
            new DataDictionaryEntry("sample", "share", "DOUBLE", true, "Share."),
            new DataDictionaryEntry("sample", "flag", "BOOLEAN", false, "Flag."),
            new DataDictionaryEntry("sample", "day", "DATE", false, "Day."));
    }
}
