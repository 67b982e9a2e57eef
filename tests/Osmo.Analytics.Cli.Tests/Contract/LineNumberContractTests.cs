using System.Text;
using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Physical line numbers and row counts stay exact over files many read buffers long, with quoted group names
/// that span lines (CRLF, LF and lone CR inside the quotes), blank lines and delimiter-only lines.</summary>
[TestClass]
public sealed class LineNumberContractTests
{
    [TestMethod]
    [DataRow(';', false, DisplayName = "semicolon, UTF-8")]
    [DataRow('\t', true, DisplayName = "tab, Windows-1252")]
    public void Validate_LongFileWithMultiLineCells_ReportsExactLinesAndCounts(char delimiter, bool windows1252)
    {
        // Seeded: the same file every run. The expected lines are counted while the text is built, independently of
        // the reader: a record starts on the line after all line ends written before it.
        var random = new Random(7);
        var d = delimiter.ToString();
        var text = new StringBuilder(string.Join(d, "ryhma_id", "ryhmän nimi", "kunta", "ryhmätyyppi", "kohderyhmä", "kokoontumispäivä", "tila", "peruutuksen syy", "osallistujat", "paikka", "kokemusasiantuntija")).Append("\r\n");
        var line = 2;
        var rows = 0;
        var expected = new List<int>();
        for (var i = 0; i < 20_000; i++)
        {
            var r = random.NextDouble();
            if (r < 0.03)
            {
                text.Append("\r\n");
                line++;
                continue;
            }

            if (r < 0.05)
            {
                text.Append(' ').Append(d).Append(' ').Append(d).Append('\n');
                line++;
                continue;
            }

            var name = "Ryhmä " + i;
            var breaks = 0;
            if (random.NextDouble() < 0.2)
            {
                breaks = random.Next(1, 4);
                var quoted = new StringBuilder("\"");
                for (var j = 0; j < breaks; j++)
                {
                    quoted.Append("osa").Append(j).Append(random.Next(3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" });
                }

                name = quoted.Append("loppu \"\"x\"\" ").Append(d).Append(" y\"").ToString();
            }

            var bad = random.NextDouble() < 0.01;
            if (bad)
            {
                expected.Add(line);
            }

            text.Append(string.Join(d, "G" + i, name, "Ähtäri", "peer", string.Empty, "1.10.2025", "held", string.Empty, bad ? "-1" : "5", "office", "k"))
                .Append(random.Next(2) == 0 ? "\r\n" : "\n");
            line += 1 + breaks;
            rows++;
        }

        var input = Path.Combine(CliRunner.TempDir(), "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "cases.csv"), "case_id;client_id;municipality;target_group;opened_on;first_contact_channel\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(input, "group_sessions.csv"), (windows1252 ? Encoding.GetEncoding(1252) : new UTF8Encoding(false)).GetBytes(text.ToString()));

        var run = ContractRun.Validate(input);

        text.Length.Should().BeGreaterThan(8 * 65536, "the file must span many read buffers");
        run.QuarantineOf("group_sessions.csv").Select(q => q.Line).Should().Equal(expected);
        run.QuarantineOf("group_sessions.csv").Should().OnlyContain(q => q.Reason == "bad_value" && q.Column == "participants");
        var report = run.Input("group_sessions.csv");
        report.RowsRead.Should().Be(rows);
        report.RowsQuarantined.Should().Be(expected.Count);
        report.RowsAccepted.Should().Be(rows - expected.Count);
        report.Encoding.Should().Be(windows1252 ? "windows-1252" : "utf-8");
    }
}
