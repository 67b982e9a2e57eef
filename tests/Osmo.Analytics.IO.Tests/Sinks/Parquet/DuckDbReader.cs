using DuckDB.NET.Data;

namespace Osmo.Analytics.IO.Tests.Sinks.Parquet;

/// <summary>Reads Parquet back the way a researcher would: SQL in an in-memory DuckDB.</summary>
internal static class DuckDbReader
{
    /// <summary>Runs a query and returns its rows, with SQL NULL as null.</summary>
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A path as a SQL string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''") + "'";
}
