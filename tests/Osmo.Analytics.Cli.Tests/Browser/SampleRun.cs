using System.Globalization;
using DuckDB.NET.Data;
using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Browser;

/// <summary>A generated small sample (several municipalities, seed 5) run once through <c>osmo run</c> for October 2025
/// into a temporary folder; the published Parquet read back through DuckDB, as a researcher would.</summary>
internal sealed class SampleRun : IDisposable
{
    private SampleRun(string root, string output)
    {
        Root = root;
        Output = output;
    }

    /// <summary>The temporary folder holding <c>in/</c> and <c>out/</c>.</summary>
    public string Root { get; }

    /// <summary>The run folder <c>out/2025-10</c>.</summary>
    public string Output { get; }

    /// <summary>The published <c>parquet/indicators.parquet</c>, with forward slashes for DuckDB.</summary>
    public string IndicatorsParquet => Path.Combine(Output, "parquet", "indicators.parquet").Replace('\\', '/');

    public static SampleRun Create()
    {
        var root = CliRunner.TempDir();
        var input = Path.Combine(root, "in");
        var (sampleCode, sampleLog) = CliRunner.Run("sample", "--out", input, "--scale", "small", "--seed", "5");
        sampleCode.Should().Be(0, sampleLog);
        var (code, log) = CliRunner.Run("run", "--input", input, "--out", Path.Combine(root, "out"), "--period", "2025-10", "--export-date", "2025-11-05");
        code.Should().Be(0, log);
        return new SampleRun(root, Path.Combine(root, "out", "2025-10"));
    }

    /// <summary>Rows of a DuckDB query, each cell as invariant text (<c>null</c> for SQL NULL).</summary>
    public static List<string[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>code -> name_fi of a reference CSV copied into the run folder (comment lines start with <c>#</c>).</summary>
    public IReadOnlyDictionary<string, string> ReferenceNames(string file)
    {
        var path = Path.Combine(Output, "reference", file).Replace('\\', '/');
        return Query($"SELECT code, name_fi FROM read_csv('{path}', header = true, comment = '#', all_varchar = true)")
            .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
