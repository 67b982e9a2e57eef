using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class CellParserTests
{
    [TestMethod]
    [DataRow("2025-01-03", 2025, 1, 3)]
    [DataRow("3.2.2025", 2025, 2, 3)]
    [DataRow("03.02.2025", 2025, 2, 3)]
    [DataRow("31.12.2024", 2024, 12, 31)]
    [DataRow("2024-02-29", 2024, 2, 29)]
    [DataRow("29.2.2000", 2000, 2, 29)]
    public void TryParseDate_ContractFormat_ParsesRealDate(string text, int year, int month, int day)
    {
        CellParser.TryParseDate(text, out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(year, month, day));
    }

    [TestMethod]
    [DataRow("31.2.2025")]
    [DataRow("2025-02-29")]
    [DataRow("29.2.1900")]
    [DataRow("2025-1-3")]
    [DataRow("3/2/2025")]
    [DataRow("3.2.25")]
    [DataRow("2025-13-01")]
    [DataRow("0.1.2025")]
    [DataRow("123.1.2025")]
    [DataRow("2025-01-03T00:00")]
    [DataRow("")]
    public void TryParseDate_AnythingElse_Fails(string text)
    {
        CellParser.TryParseDate(text, out _).Should().BeFalse();
    }

    [TestMethod]
    [DataRow("7,5", 7.5)]
    [DataRow("7.5", 7.5)]
    [DataRow("-1", -1.0)]
    [DataRow("10", 10.0)]
    [DataRow("0,25", 0.25)]
    public void TryParseNumber_DotOrComma_Parses(string text, double expected)
    {
        CellParser.TryParseNumber(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestMethod]
    [DataRow("1,2,3")]
    [DataRow("1 000")]
    [DataRow(",5")]
    [DataRow("5.")]
    [DataRow("1e3")]
    [DataRow("NaN")]
    [DataRow("-")]
    [DataRow("")]
    public void TryParseNumber_Malformed_Fails(string text)
    {
        CellParser.TryParseNumber(text, out _).Should().BeFalse();
    }

    [TestMethod]
    [DataRow("true", true)]
    [DataRow("TRUE", true)]
    [DataRow("1", true)]
    [DataRow("kyllä", true)]
    [DataRow("Kyllä", true)]
    [DataRow("k", true)]
    [DataRow("Yes", true)]
    [DataRow("false", false)]
    [DataRow("0", false)]
    [DataRow("ei", false)]
    [DataRow("E", false)]
    [DataRow("no", false)]
    public void TryParseBoolean_ContractSpelling_Parses(string text, bool expected)
    {
        CellParser.TryParseBoolean(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestMethod]
    public void TryParseBoolean_Empty_IsUnknown()
    {
        CellParser.TryParseBoolean(string.Empty, out var value).Should().BeTrue();
        value.Should().BeNull();
    }

    [TestMethod]
    [DataRow("maybe")]
    [DataRow("2")]
    [DataRow("ja")]
    public void TryParseBoolean_Other_Fails(string text)
    {
        CellParser.TryParseBoolean(text, out _).Should().BeFalse();
    }

    [TestMethod]
    [DataRow("C1", true)]
    [DataRow("a_b-C-09", true)]
    [DataRow("", false)]
    [DataRow("C 1", false)]
    [DataRow("C1.", false)]
    [DataRow("Ä1", false)]
    public void IsIdentifier_Text_FollowsContract(string text, bool expected)
    {
        CellParser.IsIdentifier(text).Should().Be(expected);
    }

    [TestMethod]
    public void IsIdentifier_Length_LimitIs64()
    {
        CellParser.IsIdentifier(new string('a', 64)).Should().BeTrue();
        CellParser.IsIdentifier(new string('a', 65)).Should().BeFalse();
    }

    [TestMethod]
    [DataRow("1", true)]
    [DataRow("4", true)]
    [DataRow("0", false)]
    [DataRow("5", false)]
    [DataRow("2,5", false)]
    public void TryParseParticipationLevel_Text_AcceptsOneToFour(string text, bool expected)
    {
        CellParser.TryParseParticipationLevel(text, out _).Should().Be(expected);
    }

    [TestMethod]
    [DataRow("12", true, 12)]
    [DataRow("-3", true, -3)]
    [DataRow("3.0", false, 0)]
    [DataRow("99999999999", false, 0)]
    public void TryParseInteger_Text_ParsesWholeNumbersOnly(string text, bool ok, int expected)
    {
        CellParser.TryParseInteger(text, out var value).Should().Be(ok);
        value.Should().Be(expected);
    }
}
