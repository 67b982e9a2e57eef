using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Osmo.Analytics.Benchmarks;

/// <summary>The child side of the DuckDB yardstick: <c>osmo-bench duckdb --input DIR --default-reference DIR --out DIR
/// --period yyyy-MM --export-date yyyy-MM-dd --threads N [--checks core|full]</c>. Runs the SQL in an in-memory database and prints one
/// tab-separated line per step (<c>step, stage, name, seconds, rows</c>) and per file (<c>file, name, read, accepted</c>).</summary>
internal static class DuckDbYardstick
{
    private static readonly (string File, string Table)[] Files =
        [("cases.csv", "cases_checked"), ("meters.csv", "meters_checked"), ("group_sessions.csv", "sessions_checked"), ("group_attendance.csv", "attendance_checked")];

    public static int Run(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        var inputs = new DuckDbInputs(
            values["--input"],
            values["--default-reference"],
            values["--out"],
            DateOnly.ParseExact(values["--period"] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(values["--export-date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(values["--threads"], CultureInfo.InvariantCulture),
            values.GetValueOrDefault("--checks") == "full");
        Directory.CreateDirectory(inputs.OutDir);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, DuckDbSql.Read(inputs));
        Execute(connection, DuckDbSql.Validate(inputs, table => ColumnsOf(connection, table)));
        Execute(connection, DuckDbIndicatorSql.Indicators(inputs));
        Execute(connection, DuckDbIndicatorSql.Write(inputs));
        foreach (var (file, table) in Files)
        {
            var read = Scalar(connection, $"SELECT count(*) FROM {table}");
            var accepted = Scalar(connection, $"SELECT count(*) FROM {table} WHERE final_reason IS NULL");
            System.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file\t{file}\t{read}\t{accepted}"));
        }

        return 0;
    }

    private static void Execute(DuckDBConnection connection, IReadOnlyList<DuckDbStep> steps)
    {
        foreach (var step in steps)
        {
            var clock = Stopwatch.StartNew();
            NonQuery(connection, step.Sql);
            var seconds = clock.Elapsed.TotalSeconds;
            var rows = step.CountTable is null ? -1 : Scalar(connection, $"SELECT count(*) FROM {step.CountTable}");
            System.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"step\t{step.Stage}\t{step.Name}\t{seconds:0.000}\t{rows}"));
        }
    }

    private static List<string> ColumnsOf(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name FROM duckdb_columns() WHERE table_name = {DuckDbSql.Literal(table)} ORDER BY column_index";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static void NonQuery(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
