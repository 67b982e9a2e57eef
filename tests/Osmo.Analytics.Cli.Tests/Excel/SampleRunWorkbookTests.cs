using System.Globalization;
using ClosedXML.Excel;
using Osmo.Analytics.Cli.Tests.Browser;

namespace Osmo.Analytics.Cli.Tests.Excel;

/// <summary>Reads the coordinator workbook of a real <c>osmo run</c> (generated small sample, seed 5) back with ClosedXML
/// and checks the <c>Indikaattorit</c> sheet row by row against the published Parquet read through DuckDB.</summary>
[TestClass]
public sealed class SampleRunWorkbookTests
{
    private static SampleRun? s_run;

    [ClassInitialize]
    public static void RunSampleOnce(TestContext context) => s_run = SampleRun.Create();

    [ClassCleanup]
    public static void Cleanup() => s_run?.Dispose();

    [TestMethod]
    public void IndicatorSheet_EveryRow_EqualsPublishedParquet_SuppressedShowLessThanFive()
    {
        var run = s_run!;
        var counties = run.ReferenceNames("wellbeing_counties.csv");
        var targetGroups = run.ReferenceNames("target_groups.csv");

        // Keyed by window, level, county, municipality, target group, indicator and peer group.
        var sql = string.Format(CultureInfo.InvariantCulture, """
            SELECT "window", level, coalesce(wellbeing_county, ''), coalesce(municipality_code, ''), coalesce(target_group, ''),
                   indicator_id, suppressed, value, numerator, denominator, coalesce(peer_group, '')
            FROM read_parquet('{0}') WHERE period = DATE '2025-10-01'
            """, run.IndicatorsParquet);
        var parquet = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in SampleRun.Query(sql))
        {
            var key = Key(Window(r[0]), Level(r[1]), r[2].Length == 0 ? string.Empty : counties[r[2]], r[3],
                r[4].Length == 0 ? string.Empty : targetGroups[r[4]], r[5], r[10]);
            parquet.Add(key, r);
        }

        using var workbook = new XLWorkbook(Path.Combine(run.Output, "excel", "osmo-2025-10.xlsx"));
        var sheet = workbook.Worksheet("Indikaattorit");
        sheet.SheetView.SplitRow.Should().Be(1, "the header row is frozen");
        var col = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber, StringComparer.Ordinal);
        var last = sheet.LastRowUsed().RowNumber();

        var compared = 0;
        var suppressed = 0;
        var shown = 0;
        var mismatches = new List<string>();
        for (var row = 2; row <= last; row++)
        {
            string Text(string header) => sheet.Cell(row, col[header]).GetString();
            var window = Text("Jakso");
            var level = Text("Taso");
            sheet.Cell(row, col["Kuukausi"]).GetDateTime().Should().Be(new DateTime(2025, 10, 1));
            var key = Key(window, level, Text("Hyvinvointialue"), Text("Kuntakoodi"), Text("Kohderyhmä"), Text("Tunnus"), Text("Vertaisryhmä"));
            if (!parquet.TryGetValue(key, out var p))
            {
                mismatches.Add($"row {row}: {key} not in the Parquet");
                continue;
            }

            compared++;
            var value = sheet.Cell(row, col["Arvo"]);
            if (p[6] == "True")
            {
                suppressed++;
                Expect(row, key, "Arvo", value.GetString(), "<5");
                Expect(row, key, "Salattu", Text("Salattu"), "kyllä");
                Expect(row, key, "Osoittaja", Text("Osoittaja"), string.Empty);
            }
            else
            {
                if (p[7] == "null")
                {
                    // No data (e.g. a share over a zero denominator) reads as an en dash, not as zero.
                    Expect(row, key, "Arvo", value.GetString(), "\u2013");
                }
                else
                {
                    shown++;
                    ExpectNumber(row, key, "Arvo", value, p[7]);
                }

                ExpectNumber(row, key, "Osoittaja", sheet.Cell(row, col["Osoittaja"]), p[8]);
                ExpectNumber(row, key, "Nimittäjä", sheet.Cell(row, col["Nimittäjä"]), p[9]);
            }
        }

        mismatches.Should().BeEmpty();
        compared.Should().Be(parquet.Count, "every Parquet row of the month (peer groups aside) is on the sheet once");
        suppressed.Should().BeGreaterThan(0, "a small sample has small cells to hide");
        shown.Should().BeGreaterThan(100);

        void ExpectNumber(int row, string key, string column, IXLCell cell, string expected)
        {
            if (cell.IsEmpty() || expected == "null")
            {
                Expect(row, key, column, cell.IsEmpty() ? "null" : cell.GetString(), expected);
                return;
            }

            // ClosedXML 0.95 stores doubles with 15 significant digits (Excel's own precision): equal to that.
            var actual = cell.GetDouble();
            var want = double.Parse(expected, CultureInfo.InvariantCulture);
            if (Math.Abs(actual - want) > 1e-12 * Math.Max(1, Math.Abs(want)))
            {
                Expect(row, key, column, actual.ToString("R", CultureInfo.InvariantCulture), expected);
            }
        }

        void Expect(int row, string key, string column, string actual, string expected)
        {
            if (actual != expected)
            {
                mismatches.Add($"row {row} {key} {column}: sheet '{actual}', Parquet '{expected}'");
            }
        }
    }

    private static string Key(params string[] parts) => string.Join('|', parts);

    // The sheet's Finnish labels, written here from the spec rather than taken from the writer.
    private static string Window(string window) => window switch
    {
        "r12" => "12 kk",
        "month" => "kuukausi",
        _ => window,
    };

    private static string Level(string level) => level switch
    {
        "municipality" => "kunta",
        "municipality_x_target_group" => "kunta x kohderyhmä",
        "county" => "hyvinvointialue",
        "county_x_target_group" => "hyvinvointialue x kohderyhmä",
        "peer_group" => "vertaisryhmä",
        "peer_group_x_target_group" => "vertaisryhmä x kohderyhmä",
        "all" => "koko aineisto",
        _ => level,
    };
}
