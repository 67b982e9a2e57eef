using System.Runtime.CompilerServices;
using Osmo.Analytics.Reports.SocialReports;
using Osmo.Analytics.Reports.Tests.SocialReports;

namespace Osmo.Analytics.Reports.Tests.Golden;

/// <summary>Golden files: the municipality report of a small fixed model (<see cref="TestModels.Basic"/>) in each
/// language, compared byte for byte with <c>Golden/&lt;case&gt;/expected.&lt;lang&gt;.html</c> in the source tree.</summary>
/// <remarks>A missing expected file fails. To (re)write them after a deliberate change, run the tests with
/// <c>OSMO_UPDATE_GOLDEN=1</c> and review the diff before committing.</remarks>
[TestClass]
public sealed class GoldenReportTests
{
    private const string Case = "010-municipality-basic";

    [TestMethod]
    [DataRow("fi")]
    [DataRow("sv")]
    [DataRow("en")]
    public void Render_BasicMunicipality_MatchesGoldenFile(string language)
    {
        var page = SocialReportSet.Render(ReportTemplates.Renderer(), TestModels.Basic(), language)
            .Single(p => p.RelativePath == "reports/municipality-005.html");
        var expectedPath = Path.Combine(SourceDir(), Case, $"expected.{language}.html");

        if (Environment.GetEnvironmentVariable("OSMO_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, page.Html);
        }

        File.Exists(expectedPath).Should().BeTrue($"the golden file {expectedPath} must exist (write it with OSMO_UPDATE_GOLDEN=1 and review it)");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        var actual = page.Html.ReplaceLineEndings("\n");
        if (actual != expected)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"{expectedPath} differs from the rendered page at line {line.Number}:\n expected: {line.Expected}\n actual:   {line.Actual}\nRe-run with OSMO_UPDATE_GOLDEN=1 if the change is intended.");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return (i + 1, el, al);
            }
        }

        return (0, string.Empty, string.Empty);
    }

    private static string SourceDir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
