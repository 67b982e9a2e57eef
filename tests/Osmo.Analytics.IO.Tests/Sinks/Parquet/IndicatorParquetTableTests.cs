using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.IO.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Parquet;

[TestClass]
public sealed class IndicatorParquetTableTests
{
    private static readonly DateOnly October = new(2025, 10, 1);
    private static readonly DateOnly September = new(2025, 9, 1);
    private static readonly ParquetFileMetadata Metadata = new("0.1.0", "run-2025-10-a", "catalog-1");
    private static readonly Dictionary<string, string> Names = new() { ["005"] = "Alajärvi", ["049"] = "Espoo" };

    // Deliberately not in key order: the file must come out sorted.
    private static readonly IndicatorValue[] Values =
    [
        new(October, "r12", "municipality_x_target_group", "14", "005", "homeless", "client_plan_pct", 12, 20, 60.0, 38.7, 78.1, "case"),
        new(October, "r12", "municipality_x_target_group", "14", "005", "homeless", "active_clients", 3, null, 3.0, null, null, "client"),
        new(October, "r12", "municipality", "14", "005", null, "assessment_done_3m_pct", 98, 100, 98.0, 93.0, 99.4, "case"),
        new(October, "month", "all", null, null, null, "active_clients", 1234, null, 1234.0, null, null, "client"),
        new(October, "r12", "municipality", "14", "049", null, "client_plan_pct", 0, 0, null, null, null, "case"),
        new(September, "r12", "municipality", "14", "005", null, "active_clients", 40, null, 40.0, null, null, "client"),
    ];

    private static IReadOnlyList<PublishedIndicator> Published => IndicatorDisclosure.Suppress(Values, new DisclosureOptions());

    private static async Task<string> WritePublishedAsync(TempDirectory dir, string name, IEnumerable<PublishedIndicator> rows)
    {
        var path = dir.File(name);
        await IndicatorParquetTable.WriteAsync(path, rows, Names, Metadata);
        return path;
    }

    [TestMethod]
    public async Task WriteAsync_Schema_HasContractColumnsInOrderWithDuckDbTypes()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var columns = DuckDbReader.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDbReader.Literal(path)})")
            .Select(r => ((string)r[0]!, (string)r[1]!));

        columns.Should().Equal(
            ("period", "DATE"), ("window", "VARCHAR"), ("level", "VARCHAR"), ("wellbeing_county", "VARCHAR"),
            ("municipality_code", "VARCHAR"), ("municipality_name", "VARCHAR"), ("target_group", "VARCHAR"),
            ("indicator_id", "VARCHAR"), ("numerator", "BIGINT"), ("denominator", "BIGINT"), ("value", "DOUBLE"),
            ("ci_low", "DOUBLE"), ("ci_high", "DOUBLE"), ("suppressed", "BOOLEAN"), ("unit", "VARCHAR"), ("peer_group", "VARCHAR"));
    }

    [TestMethod]
    public async Task WriteAsync_Schema_StatesNullability()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var repetition = DuckDbReader.Query(
                $"SELECT name, repetition_type FROM parquet_schema({DuckDbReader.Literal(path)}) WHERE name <> 'schema' AND num_children IS NULL")
            .Select(r => ((string)r[0]!, (string)r[1]!));

        repetition.Should().Equal(
            ("period", "REQUIRED"), ("window", "REQUIRED"), ("level", "REQUIRED"), ("wellbeing_county", "OPTIONAL"),
            ("municipality_code", "OPTIONAL"), ("municipality_name", "OPTIONAL"), ("target_group", "OPTIONAL"),
            ("indicator_id", "REQUIRED"), ("numerator", "OPTIONAL"), ("denominator", "OPTIONAL"), ("value", "OPTIONAL"),
            ("ci_low", "OPTIONAL"), ("ci_high", "OPTIONAL"), ("suppressed", "REQUIRED"), ("unit", "REQUIRED"), ("peer_group", "OPTIONAL"));
    }

    [TestMethod]
    public async Task WriteAsync_Rows_ReadBackSortedWithNullsForSuppressedCells()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var rows = DuckDbReader.Query(
            $"SELECT CAST(period AS VARCHAR), * EXCLUDE (period, peer_group) FROM read_parquet({DuckDbReader.Literal(path)})");

        // Hand-sorted: September first; then month < r12; municipality < municipality_x_target_group;
        // 005 < 049; active_clients < client_plan_pct. 3 clients (count 1-4) and 98/100 (complement 2) are
        // suppressed; 0/0 is no data, not suppressed.
        rows.Should().BeEquivalentTo(
            new object?[][]
            {
                ["2025-09-01", "r12", "municipality", "14", "005", "Alajärvi", null, "active_clients", 40L, null, 40.0, null, null, false, "client"],
                ["2025-10-01", "month", "all", null, null, null, null, "active_clients", 1234L, null, 1234.0, null, null, false, "client"],
                ["2025-10-01", "r12", "municipality", "14", "005", "Alajärvi", null, "assessment_done_3m_pct", null, null, null, null, null, true, "case"],
                ["2025-10-01", "r12", "municipality", "14", "049", "Espoo", null, "client_plan_pct", 0L, 0L, null, null, null, false, "case"],
                ["2025-10-01", "r12", "municipality_x_target_group", "14", "005", "Alajärvi", "homeless", "active_clients", null, null, null, null, null, true, "client"],
                ["2025-10-01", "r12", "municipality_x_target_group", "14", "005", "Alajärvi", "homeless", "client_plan_pct", 12L, 20L, 60.0, 38.7, 78.1, false, "case"],
            },
            o => o.WithStrictOrdering());
    }

    [TestMethod]
    public async Task WriteAsync_MunicipalityCode_StaysTextWithLeadingZeros()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var rows = DuckDbReader.Query(
            $"SELECT count(*) FROM read_parquet({DuckDbReader.Literal(path)}) WHERE municipality_code = '005'");

        rows.Single()[0].Should().Be(4L);
    }

    [TestMethod]
    public async Task WriteAsync_Metadata_HasRunKeysAndPublishedMarker()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var pairs = DuckDbReader.Query(
                $"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDbReader.Literal(path)})")
            .Select(r => ((string)r[0]!, (string)r[1]!));

        pairs.Should().BeEquivalentTo(new[]
        {
            ("pipeline_version", "0.1.0"), ("run_id", "run-2025-10-a"), ("catalog_version", "catalog-1"), ("disclosure", "published"),
        });
    }

    [TestMethod]
    public async Task WriteAsync_Compression_IsSnappy()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);

        var codecs = DuckDbReader.Query($"SELECT DISTINCT compression FROM parquet_metadata({DuckDbReader.Literal(path)})");

        codecs.Select(r => r[0]).Should().Equal("SNAPPY");
    }

    [TestMethod]
    public async Task WriteAsync_SameRowsInAnyOrder_GiveIdenticalBytes()
    {
        using var dir = new TempDirectory();
        var first = await WritePublishedAsync(dir, "a.parquet", Published);
        var second = await WritePublishedAsync(dir, "b.parquet", Published.Reverse());

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [TestMethod]
    public async Task WriteAsync_PeerGroupRowsInAnyOrder_SortedByPeerGroupWithIdenticalBytes()
    {
        // Four peer groups of one indicator share every other key column: the peer group decides their order.
        IndicatorValue Peer(string peer, long count) =>
            new(October, "r12", "peer_group", null, null, null, "active_clients", count, null, count, null, null, "client") { PeerGroup = peer };
        IndicatorValue[] peers = [Peer("P3", 40), Peer("P1", 70), Peer("P4", 10), Peer("P2", 55)];
        using var dir = new TempDirectory();
        // Shown rows as a finished run's file holds them (their members are not part of this test).
        var first = await WritePublishedAsync(dir, "a.parquet", peers.Select(p => PublishedRestore.Indicator(p, false, 5)));
        var second = await WritePublishedAsync(dir, "b.parquet", peers.Reverse().Select(p => PublishedRestore.Indicator(p, false, 5)));

        var rows = DuckDbReader.Query($"SELECT peer_group, numerator FROM read_parquet({DuckDbReader.Literal(first)})");

        rows.Select(r => ((string)r[0]!, (long)r[1]!)).Should().Equal(("P1", 70L), ("P2", 55L), ("P3", 40L), ("P4", 10L));
        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [TestMethod]
    public async Task WriteAsync_TwoMonthsRuns_ReadTogetherWithUnionByName()
    {
        using var dir = new TempDirectory();
        var october = await WritePublishedAsync(dir, "october.parquet", Published.Where(p => p.Period == October));
        var september = await WritePublishedAsync(dir, "september.parquet", Published.Where(p => p.Period == September));

        var rows = DuckDbReader.Query(
            $"SELECT CAST(period AS VARCHAR), count(*) FROM read_parquet([{DuckDbReader.Literal(october)}, {DuckDbReader.Literal(september)}], union_by_name = true) GROUP BY period ORDER BY period");

        rows.Select(r => ((string)r[0]!, (long)r[1]!)).Should().Equal(("2025-09-01", 1L), ("2025-10-01", 5L));
    }

    [TestMethod]
    public async Task WriteAsync_ToStream_MatchesFileBytes()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", Published);
        using var stream = new MemoryStream();

        await IndicatorParquetTable.WriteAsync(stream, Published, Names, Metadata);

        stream.ToArray().Should().Equal(File.ReadAllBytes(path));
    }

    [TestMethod]
    public async Task WriteAsync_NoRows_WritesReadableEmptyTable()
    {
        using var dir = new TempDirectory();
        var path = await WritePublishedAsync(dir, "indicators.parquet", []);

        var columns = DuckDbReader.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDbReader.Literal(path)})");
        var count = DuckDbReader.Query($"SELECT count(*) FROM read_parquet({DuckDbReader.Literal(path)})");

        columns.Should().HaveCount(16);
        count.Single()[0].Should().Be(0L);
    }

    [TestMethod]
    public async Task WriteRestrictedAsync_SmallCells_ShowNumbersAndMarkSuppressed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("restricted.parquet");
        await IndicatorParquetTable.WriteRestrictedAsync(path, IndicatorDisclosure.Restrict(Values, new DisclosureOptions()), Names, Metadata);

        var suppressed = DuckDbReader.Query(
            $"SELECT indicator_id, numerator, denominator, value FROM read_parquet({DuckDbReader.Literal(path)}) WHERE suppressed");
        var disclosure = DuckDbReader.Query(
            $"SELECT decode(value) FROM parquet_kv_metadata({DuckDbReader.Literal(path)}) WHERE decode(key) = 'disclosure'");

        suppressed.Should().BeEquivalentTo(
            new object?[][]
            {
                ["assessment_done_3m_pct", 98L, 100L, 98.0],
                ["active_clients", 3L, null, 3.0],
            },
            o => o.WithStrictOrdering());
        disclosure.Single()[0].Should().Be("restricted");
    }

    [TestMethod]
    public void Describe_ListsSixteenColumnsInFileOrder()
    {
        var entries = IndicatorParquetTable.Describe();

        entries.Select(e => (e.Table, e.Column, e.Type, e.Nullable)).Take(3).Should().Equal(
            ("indicators", "period", "DATE", false), ("indicators", "window", "UTF8", false), ("indicators", "level", "UTF8", false));
        entries.Should().HaveCount(16);
        entries[^1].Column.Should().Be("peer_group", "new columns go last, so files of older runs line up");
        entries.Should().OnlyContain(e => e.Description.Length > 0);
    }
}
