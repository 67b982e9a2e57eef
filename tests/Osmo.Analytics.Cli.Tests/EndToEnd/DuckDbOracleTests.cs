using System.Globalization;
using DuckDB.NET.Data;

namespace Osmo.Analytics.Cli.Tests.EndToEnd;

/// <summary>Computes a set of indicators with plain DuckDB SQL straight from a generated sample's CSVs and compares them
/// with the engine's Parquet, read back through DuckDB as a researcher would (restricted file: exact values; published
/// file: the same values wherever they are not suppressed).</summary>
[TestClass]
public sealed class DuckDbOracleTests
{
    private static string _root = null!;
    private static string _input = null!;
    private static string _restricted = null!;
    private static string _published = null!;

    [ClassInitialize]
    public static void RunSampleOnce(TestContext context)
    {
        _root = CliRunner.TempDir();
        _input = Path.Combine(_root, "in");
        CliRunner.Run("sample", "--out", _input, "--scale", "small", "--seed", "7").ExitCode.Should().Be(0);
        var (code, log) = CliRunner.Run("run", "--input", _input, "--out", Path.Combine(_root, "out"), "--period", "2025-10", "--export-date", "2025-11-05", "--restricted");
        code.Should().Be(0, log);
        _restricted = Path.Combine(_root, "out", "2025-10", "restricted", "indicators.parquet").Replace('\\', '/');
        _published = Path.Combine(_root, "out", "2025-10", "parquet", "indicators.parquet").Replace('\\', '/');
    }

    [ClassCleanup]
    public static void Cleanup() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    public void NewAndClosedCases_EveryMonthAndMunicipality_EqualPlainSql()
    {
        const string oracle = """
            WITH months AS (SELECT (DATE '2023-11-01' + INTERVAL (i) MONTH)::DATE AS ws FROM range(24) t(i)),
            w AS (SELECT ws, (ws + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS we FROM months)
            SELECT w.ws AS period, c.municipality AS m, 'new_cases' AS id, count(*) AS n
            FROM w JOIN cases c ON c.opened_on BETWEEN w.ws AND w.we GROUP BY ALL
            UNION ALL
            SELECT w.ws, c.municipality, 'closed_cases', count(*)
            FROM w JOIN cases c ON c.closed_on BETWEEN w.ws AND w.we GROUP BY ALL
            """;
        const string engine = """
            SELECT period, municipality_code AS m, indicator_id AS id, numerator AS n FROM read_parquet('{0}')
            WHERE level = 'municipality' AND "window" = 'month' AND indicator_id IN ('new_cases', 'closed_cases') AND numerator > 0
            """;

        Rows(oracle).Should().BeEquivalentTo(Rows(string.Format(CultureInfo.InvariantCulture, engine, _restricted))).And.HaveCountGreaterThan(50);
    }

    [TestMethod]
    public void ActiveClientsAndUnplannedClosures_R12_EqualPlainSql()
    {
        // r12 window 2024-11-01 .. 2025-10-31; a client counts once per municipality, and once in all.
        const string oracle = """
            SELECT municipality AS m, 'active_clients' AS id, count(DISTINCT client_id) AS num, NULL::BIGINT AS den FROM cases
            WHERE opened_on <= DATE '2025-10-31' AND (closed_on IS NULL OR closed_on >= DATE '2024-11-01') GROUP BY ALL
            UNION ALL
            SELECT 'ALL', 'active_clients', count(DISTINCT client_id), NULL FROM cases
            WHERE opened_on <= DATE '2025-10-31' AND (closed_on IS NULL OR closed_on >= DATE '2024-11-01')
            UNION ALL
            SELECT municipality, 'unplanned_closure_pct', count(*) FILTER (WHERE closure_reason IN ('client_withdrew', 'not_reached')), count(*)
            FROM cases WHERE closed_on BETWEEN DATE '2024-11-01' AND DATE '2025-10-31' GROUP BY ALL
            """;
        const string engine = """
            SELECT coalesce(municipality_code, 'ALL') AS m, indicator_id AS id, numerator AS num, denominator AS den FROM read_parquet('{0}')
            WHERE "window" = 'r12' AND (level = 'municipality' OR level = 'all' AND indicator_id = 'active_clients')
              AND indicator_id IN ('active_clients', 'unplanned_closure_pct') AND coalesce(denominator, numerator) > 0
            """;

        Rows(oracle).Should().BeEquivalentTo(Rows(string.Format(CultureInfo.InvariantCulture, engine, _restricted)));
    }

    [TestMethod]
    public void PeerGroups_R12ActiveClientsAndNewCases_EqualPlainSql()
    {
        // The peer group of each municipality is read from the engine's own municipality rows (the k-means result);
        // the counts are plain SQL over cases.csv: a client once per peer group, however many of its municipalities.
        const string oracle = """
            WITH peers AS (SELECT DISTINCT municipality_code AS m, peer_group AS p FROM read_parquet('{0}')
                           WHERE level = 'municipality' AND peer_group IS NOT NULL)
            SELECT p, 'active_clients' AS id, count(DISTINCT client_id) AS n FROM cases JOIN peers ON cases.municipality = peers.m
            WHERE opened_on <= DATE '2025-10-31' AND (closed_on IS NULL OR closed_on >= DATE '2024-11-01') GROUP BY ALL
            UNION ALL
            SELECT p, 'new_cases', count(*) FROM cases JOIN peers ON cases.municipality = peers.m
            WHERE opened_on BETWEEN DATE '2024-11-01' AND DATE '2025-10-31' GROUP BY ALL
            """;
        const string engine = """
            SELECT peer_group AS p, indicator_id AS id, numerator AS n FROM read_parquet('{0}')
            WHERE "window" = 'r12' AND level = 'peer_group' AND indicator_id IN ('active_clients', 'new_cases') AND numerator > 0
            """;

        var expected = Rows(string.Format(CultureInfo.InvariantCulture, oracle, _restricted));
        expected.Should().HaveCountGreaterThan(2, "the sample has peer groups");
        Rows(string.Format(CultureInfo.InvariantCulture, engine, _restricted)).Should().BeEquivalentTo(expected);
    }

    [TestMethod]
    public void ClientPlanPct_PeriodMonth_EqualsPlainSql()
    {
        // Denominator: opened on or before end - 30 days and still open at end; numerator: plan made by end.
        const string oracle = """
            SELECT municipality AS m, count(*) FILTER (WHERE client_plan_on <= DATE '2025-10-31') AS num, count(*) AS den FROM cases
            WHERE opened_on <= DATE '2025-10-01' AND (closed_on IS NULL OR closed_on >= DATE '2025-10-31') GROUP BY ALL
            """;
        const string engine = """
            SELECT municipality_code AS m, numerator AS num, denominator AS den FROM read_parquet('{0}')
            WHERE level = 'municipality' AND "window" = 'month' AND period = DATE '2025-10-01' AND indicator_id = 'client_plan_pct' AND denominator > 0
            """;

        Rows(oracle).Should().BeEquivalentTo(Rows(string.Format(CultureInfo.InvariantCulture, engine, _restricted)));
    }

    [TestMethod]
    public void PublishedParquet_EqualsRestrictedWhereNotSuppressed_AndHidesTheRest()
    {
        const string sql = """
            SELECT count(*) FILTER (WHERE p.suppressed AND (p.value IS NOT NULL OR p.numerator IS NOT NULL OR p.denominator IS NOT NULL)) AS leaked,
                   count(*) FILTER (WHERE NOT p.suppressed AND (p.value IS DISTINCT FROM r.value OR p.numerator IS DISTINCT FROM r.numerator)) AS differ,
                   count(*) FILTER (WHERE p.suppressed) AS hidden,
                   count(*) FILTER (WHERE NOT p.suppressed AND p.numerator BETWEEN 1 AND 4 AND p.denominator IS NULL
                                      AND p.unit NOT IN ('point', 'hours_per_week', 'yes_no', 'session', 'group')) AS small_counts
            FROM read_parquet('{0}') p JOIN read_parquet('{1}') r
              ON p.period = r.period AND p."window" = r."window" AND p.level = r.level AND p.indicator_id = r.indicator_id
             AND p.wellbeing_county IS NOT DISTINCT FROM r.wellbeing_county AND p.municipality_code IS NOT DISTINCT FROM r.municipality_code
             AND p.target_group IS NOT DISTINCT FROM r.target_group AND p.peer_group IS NOT DISTINCT FROM r.peer_group
            """;
        var row = Rows(string.Format(CultureInfo.InvariantCulture, sql, _published, _restricted)).Single();


        // Counts of people 1-4 never show; low-threshold points and hours, sessions and groups are facts about services.
        // Every row of both files is compared, peer-group rows and all-level rows included.
        row.Should().Be("0|0|" + row.Split('|')[2] + "|0");
        long.Parse(row.Split('|')[2], CultureInfo.InvariantCulture).Should().BeGreaterThan(0, "a small sample has small cells to hide");
    }

    private static List<string> Rows(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            var cases = Path.Combine(_input, "cases.csv").Replace('\\', '/');
            setup.CommandText = $"""
                CREATE VIEW cases AS SELECT case_id, client_id, municipality, closure_reason,
                  NULLIF(opened_on, '')::DATE AS opened_on, NULLIF(closed_on, '')::DATE AS closed_on,
                  NULLIF(client_plan_on, '')::DATE AS client_plan_on
                FROM read_csv('{cases}', header = true, all_varchar = true)
                """;
            setup.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join('|', cells));
        }

        return rows;
    }
}
