using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Osmo.Analytics.IO.Tests.Sinks.Samples;

/// <summary>Keeps data-samples/small-dirty/expected.json (the hand-worked oracle) in step with the CSV files it
/// describes: every record the files hold is accounted for exactly once, at its physical start line.</summary>
[TestClass]
public sealed class SmallDirtyOracleTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("cases.csv", 39)]
    [DataRow("meters.csv", 25)]
    [DataRow("group_sessions.csv", 20)]
    [DataRow("group_attendance.csv", 19)]
    public async Task Expected_AccountsForEveryRecordStartLine(string file, int rows)
    {
        var dir = Path.Combine(RepoRoot(), "data-samples", "small-dirty");
        var text = await File.ReadAllTextAsync(Path.Combine(dir, file), new UTF8Encoding(false), TestContext.CancellationToken);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "expected.json"), TestContext.CancellationToken));
        var entry = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);

        var starts = RecordStarts(text).Skip(1).Select(r => r.Line).ToList(); // skip the header record
        var accepted = entry.GetProperty("accepted_lines").EnumerateArray().Select(e => e.GetInt32());
        var quarantined = entry.GetProperty("quarantined").EnumerateArray().Select(e => e.GetProperty("line").GetInt32());

        starts.Should().HaveCount(rows);
        entry.GetProperty("rows_read").GetInt32().Should().Be(rows);
        accepted.Concat(quarantined).Order().Should().Equal(starts);
    }

    [TestMethod]
    [DataRow("150385-1230")]
    [DataRow("210701A2340")]
    [DataRow("111180-876V")]
    public void PlantedHenkilotunnus_HasValidControlCharacter(string hetu)
    {
        // DDMMYY + NNN as one number mod 31 indexes "0123456789ABCDEFHJKLMNPRSTUVWXY".
        var number = int.Parse(hetu[..6] + hetu[7..10], CultureInfo.InvariantCulture);
        "0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31].Should().Be(hetu[10]);
    }

    /// <summary>Physical start line of every non-blank record (RFC 4180: a quoted field may hold line breaks).</summary>
    private static List<(int Line, string Text)> RecordStarts(string text)
    {
        var records = new List<(int, string)>();
        var line = 1;
        var start = -1;
        var startLine = 1;
        var inQuotes = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : '\n';
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }

            if (ch == '\n' && !inQuotes)
            {
                if (start >= 0)
                {
                    records.Add((startLine, text[start..i].TrimEnd('\r')));
                }

                start = -1;
                line++;
                continue;
            }

            if (ch == '\n')
            {
                line++;
            }
            else if (start < 0 && ch != '\r')
            {
                start = i;
                startLine = line;
            }
        }

        return records;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
