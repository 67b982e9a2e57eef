using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed class CsvDelimiterTests
{
    [TestMethod]
    [DataRow("a;b;c", ';')]
    [DataRow("a,b,c", ',')]
    [DataRow("a\tb\tc", '\t')]
    [DataRow("a;b,c", ';', DisplayName = "tie ; and , goes to ;")]
    [DataRow("a,b\tc", ',', DisplayName = "tie , and tab goes to ,")]
    [DataRow("a;b\tc", ';', DisplayName = "tie ; and tab goes to ;")]
    [DataRow("\"x;y;z\",a,b", ',', DisplayName = "delimiters in quotes do not count")]
    [DataRow("single", ';', DisplayName = "one column defaults to ;")]
    [DataRow("a,b\nc;d;e;f", ',', DisplayName = "only the header line counts")]
    [DataRow("\n \r\na,b", ',', DisplayName = "blank lines before the header skipped")]
    public void Detect_HeaderLine_MostFrequentWithTieOrder(string text, char expected)
    {
        CsvDelimiter.Detect(text).Should().Be(expected);
    }

    [TestMethod]
    public void Detect_CommentLinesBeforeHeader_Ignored()
    {
        CsvDelimiter.Detect("# a;b;c;d\ncode,name", '#').Should().Be(',');
    }

    [TestMethod]
    [DataRow(';', ";")]
    [DataRow(',', ",")]
    [DataRow('\t', "tab")]
    public void NameOf_Delimiter_ManifestName(char delimiter, string expected)
    {
        CsvDelimiter.NameOf(delimiter).Should().Be(expected);
    }
}
