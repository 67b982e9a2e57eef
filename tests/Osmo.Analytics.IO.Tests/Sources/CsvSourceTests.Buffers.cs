using System.Text;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

public sealed partial class CsvSourceTests
{
    [TestMethod]
    public void Records_ManyRecordsAcrossBufferBoundaries_MatchWhatWasWritten()
    {
        // 20 000 records (~1 MB), every third with a quoted cell holding CRLF, a delimiter and a doubled quote, so
        // quotes, line ends and CRLF pairs land on every position of the 64 Ki-char read buffer at some point.
        var text = new StringBuilder("id;note;n\r\n");
        var expected = new List<(int Line, string[] Cells)>();
        var line = 2;
        for (var i = 0; i < 20_000; i++)
        {
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i % 3 == 0)
            {
                text.Append(id).Append(";\"a\r\nb;\"\"c\"\"\";ä").Append("\r\n");
                expected.Add((line, [id, "a\r\nb;\"c\"", "ä"]));
                line += 2;
            }
            else
            {
                text.Append(id).Append(";plain ").Append(new string('x', i % 17)).Append(";\r\n");
                expected.Add((line, [id, "plain " + new string('x', i % 17), ""]));
                line += 1;
            }
        }

        using var folder = new TempFolder();
        var path = folder.WriteText("Issue_buffer_boundaries.csv", text.ToString());

        var records = ReadAll(path, out _);

        records.Select(r => (r.Line, r.Cells)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }
}
