using Osmo.Analytics.Flags;
using Osmo.Analytics.IO.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Parquet;

[TestClass]
public sealed class FlagParquetTableTests
{
    private static readonly DateOnly October = new(2025, 10, 1);
    private static readonly ParquetFileMetadata Metadata = new("0.1.0", "run-2025-10-a", "catalog-1");

    private static Flag Make(string rule, string severity, string muni, string? tg = null, string? groups = null, double? value = 41.2, long? n = 100) =>
        new(October, rule, tg is null ? "municipality" : "municipality_x_target_group", "14", muni, tg, groups, severity, "client_plan_pct",
            value, "county", 78, n, "95 % CI 31.9-50.8", "Alajärvi: ä ö ”x”", "sv", "en", "fi-toimenpide", "sv-åtgärd", "en-action",
            new DateOnly(2025, 6, 1), 5)
        { PeerGroupId = "P1", PeerGroupValue = 74.5 };

    // Deliberately out of order.
    private static readonly Flag[] Flags =
    [
        Make("SG_METER_LOSS", "medium", "005"),
        Make("AN_PROFILE_OUTLIER", "info", "005", value: 0.87, n: null),
        Make("SG_PLAN_MISSING", "high", "049", "ya"),
        Make("SG_PLAN_MISSING", "high", "049"),
        Make("SG_ASSESSMENT_LATE", "high", "301"),
        Make("SG_GROUP_NO_PARTICIPANTS", "medium", "005", "ue", "R1|R2", value: 13, n: 26),
    ];

    [TestMethod]
    public async Task WriteAsync_Schema_HasContractColumnsInOrderWithDuckDbTypes()
    {
        using var dir = new TempDirectory();
        var path = dir.File(FlagParquetTable.FileName);
        await FlagParquetTable.WriteAsync(path, Flags, Metadata);

        var columns = DuckDbReader.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDbReader.Literal(path)})").Select(r => ((string)r[0]!, (string)r[1]!));

        columns.Should().Equal(
            ("period", "DATE"), ("rule", "VARCHAR"), ("level", "VARCHAR"), ("wellbeing_county", "VARCHAR"), ("municipality_code", "VARCHAR"),
            ("target_group", "VARCHAR"), ("group_ids", "VARCHAR"), ("severity", "VARCHAR"), ("indicator_id", "VARCHAR"), ("value", "DOUBLE"),
            ("comparator_kind", "VARCHAR"), ("comparator_value", "DOUBLE"), ("n", "BIGINT"), ("statistic", "VARCHAR"), ("evidence_fi", "VARCHAR"),
            ("evidence_sv", "VARCHAR"), ("evidence_en", "VARCHAR"), ("action_fi", "VARCHAR"), ("action_sv", "VARCHAR"), ("action_en", "VARCHAR"),
            ("first_seen", "DATE"), ("months_in_row", "INTEGER"), ("peer_group", "VARCHAR"), ("peer_group_value", "DOUBLE"));
    }

    [TestMethod]
    public async Task WriteAsync_Rows_ReadBackSortedBySeverityRuleMunicipalityTargetGroup()
    {
        using var dir = new TempDirectory();
        var path = dir.File(FlagParquetTable.FileName);
        await FlagParquetTable.WriteAsync(path, Flags, Metadata);

        var rows = DuckDbReader.Query(
            $"SELECT severity, rule, municipality_code, target_group, group_ids, value, n FROM read_parquet({DuckDbReader.Literal(path)})");

        // Hand-sorted: high before medium before info; within high, catalog order puts SG_ASSESSMENT_LATE before
        // SG_PLAN_MISSING; municipality level (null target group) before its target groups.
        rows.Should().BeEquivalentTo(
            new[]
            {
                new object?[] { "high", "SG_ASSESSMENT_LATE", "301", null, null, 41.2, 100L },
                new object?[] { "high", "SG_PLAN_MISSING", "049", null, null, 41.2, 100L },
                new object?[] { "high", "SG_PLAN_MISSING", "049", "ya", null, 41.2, 100L },
                new object?[] { "medium", "SG_METER_LOSS", "005", null, null, 41.2, 100L },
                new object?[] { "medium", "SG_GROUP_NO_PARTICIPANTS", "005", "ue", "R1|R2", 13.0, 26L },
                new object?[] { "info", "AN_PROFILE_OUTLIER", "005", null, null, 0.87, null },
            },
            o => o.WithStrictOrdering());
    }

    [TestMethod]
    public async Task WriteAsync_DatesTextsAndPeerColumns_RoundTrip()
    {
        using var dir = new TempDirectory();
        var path = dir.File(FlagParquetTable.FileName);
        await FlagParquetTable.WriteAsync(path, [Flags[0]], Metadata);

        var row = DuckDbReader.Query(
            $"SELECT CAST(period AS VARCHAR), CAST(first_seen AS VARCHAR), months_in_row, evidence_fi, action_sv, statistic, peer_group, peer_group_value, comparator_value "
            + $"FROM read_parquet({DuckDbReader.Literal(path)})").Single();

        row.Should().Equal("2025-10-01", "2025-06-01", 5, "Alajärvi: ä ö ”x”", "sv-åtgärd", "95 % CI 31.9-50.8", "P1", 74.5, 78.0);
    }

    [TestMethod]
    public async Task WriteAsync_SameFlagsTwice_ByteIdenticalFiles()
    {
        using var dir = new TempDirectory();
        await FlagParquetTable.WriteAsync(dir.File("a.parquet"), Flags, Metadata);
        await FlagParquetTable.WriteAsync(dir.File("b.parquet"), Flags.Reverse(), Metadata);

        File.ReadAllBytes(dir.File("a.parquet")).Should().Equal(File.ReadAllBytes(dir.File("b.parquet")));
    }

    [TestMethod]
    public void Describe_ListsEveryColumnOnce()
    {
        FlagParquetTable.Describe().Should().HaveCount(24);
    }
}
