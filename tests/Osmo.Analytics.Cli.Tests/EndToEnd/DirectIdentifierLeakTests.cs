using System.Text;
using DuckDB.NET.Data;

namespace Osmo.Analytics.Cli.Tests.EndToEnd;

/// <summary>Plants direct identifiers in every text column of every export and searches every output byte and the
/// console log for them.</summary>
[TestClass]
public sealed class DirectIdentifierLeakTests
{
    // Valid henkilötunnus values: control = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31], worked out by hand
    // (e.g. 131052308 mod 31 = 25 -> 'T'), covering the 1800s '+', 1900s '-' and 'Y', 2000s 'A' and 'E', and 'W'.
    private static readonly string[] Hetus = ["131052-308T", "010594Y9032", "020305A123Y", "150777+234R", "311299-871A", "051101E5171", "121288W022U"];
    private static readonly string[] Emails = ["maija.meikalainen@example.fi", "x.y@kunta.fi"];
    private static readonly string[] Phones = ["040 123 4567", "+358 50 765 4321", "00358-44-1234567"];

    private static IEnumerable<string> Planted => Hetus.Concat(Emails).Concat(Phones);

    [TestMethod]
    public void Run_IdentifiersInEveryTextColumn_NeverReachAnyOutputOrLog()
    {
        var root = CliRunner.TempDir();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        var planted = Planted.ToArray();
        var next = 0;
        string P() => planted[next++ % planted.Length];

        const string caseHeader = "case_id;client_id;municipality;target_group;age_band;opened_on;first_contact_channel;closed_on;closure_reason;notes";
        var cases = new StringBuilder(caseHeader + "\n");
        for (var i = 0; i < 20; i++)
        {
            cases.Append('C').Append(i).Append(";K").Append(i).Append(";743;young_adults;18-24;2025-03-01;office;;;clean\n");
        }

        // One row per text column with an identifier in it (unknown column 'notes' included).
        string[] cols = ["case_id", "client_id", "municipality", "target_group", "age_band", "opened_on", "first_contact_channel", "closed_on", "closure_reason", "notes"];
        for (var c = 0; c < cols.Length; c++)
        {
            var cells = new[] { "X" + c, "KX" + c, "743", "young_adults", "18-24", "2025-03-01", "office", string.Empty, string.Empty, "ok" };
            cells[c] = "tieto " + P();
            cases.Append(string.Join(';', cells)).Append('\n');
        }

        File.WriteAllText(Path.Combine(input, "cases.csv"), cases.ToString());

        var meters = new StringBuilder("measurement_id,client_id,case_id,municipality,meter,measured_on,domain,score\n");
        for (var c = 0; c < 8; c++)
        {
            var cells = new[] { "M" + c, "K1", "C1", "743", "KYKYVIISARI", "2025-04-01", "work_ability", "5" };
            cells[c] = P();
            meters.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        }

        File.WriteAllText(Path.Combine(input, "meters.csv"), meters.ToString());

        var sessions = new StringBuilder("group_id\tgroup_name\tmunicipality\tgroup_type\ttarget_group\tsession_on\tstatus\tcancel_reason\tparticipants\tlocation_type\texperience_expert\n");
        sessions.Append("G1\tVoima-ryhmä\t743\tactivity\tyoung_adults\t2025-04-01\theld\t\t6\toffice\tkyllä\n");
        for (var c = 0; c < 11; c++)
        {
            var cells = new[] { "G" + (c + 2), "Ryhmä", "743", "activity", "young_adults", "2025-04-0" + ((c % 9) + 1), "held", string.Empty, "5", "office", "ei" };
            cells[c] = "ks. " + P();
            sessions.Append(string.Join('\t', cells)).Append('\n');
        }

        File.WriteAllText(Path.Combine(input, "group_sessions.csv"), sessions.ToString());

        var attendance = new StringBuilder("ryhma_id;kokoontumispaiva;asiakas_id\nG1;1.4.2025;K1\n");
        for (var c = 0; c < 3; c++)
        {
            var cells = new[] { "G1", "1.4.2025", "K2" };
            cells[c] = P();
            attendance.Append(string.Join(';', cells)).Append('\n');
        }

        File.WriteAllText(Path.Combine(input, "group_attendance.csv"), attendance.ToString(), Encoding.Latin1);

        var (code, log) = CliRunner.Run("run", "--input", input, "--out", Path.Combine(root, "out"), "--period", "2025-10", "--export-date", "2025-11-05");

        code.Should().Be(0, log);
        var outputs = Directory.EnumerateFiles(Path.Combine(root, "out"), "*", SearchOption.AllDirectories).ToList();
        outputs.Should().Contain(f => f.EndsWith("quarantine.csv", StringComparison.Ordinal));
        var texts = outputs.Select(f => (f, Encoding.Latin1.GetString(File.ReadAllBytes(f)))).ToList();
        texts.Add(("console log", log));
        texts.AddRange(ParquetAsText(outputs.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal))));
        foreach (var (file, text) in texts)
        {
            foreach (var id in planted.Concat(planted.Select(DigitsOnly).Where(d => d.Length >= 6)))
            {
                text.Should().NotContain(id, $"{file} must not hold the planted identifier");
            }
        }

        File.ReadAllText(Path.Combine(root, "out", "2025-10", "run.json")).Should().Contain("\"direct_identifier\": " + (cols.Length + 8 + 11 + 3));
        Directory.Delete(root, recursive: true);
    }

    private static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) ? "\"" + cell + "\"" : cell;

    private static string DigitsOnly(string id) => new(id.Where(char.IsAsciiDigit).ToArray());

    private static IEnumerable<(string, string)> ParquetAsText(IEnumerable<string> files)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var file in files)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";
            using var reader = command.ExecuteReader();
            var sb = new StringBuilder();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    sb.Append(reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                sb.Append('\n');
            }

            yield return (file, sb.ToString());
        }
    }
}
