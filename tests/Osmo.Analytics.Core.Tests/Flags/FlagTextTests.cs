using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

[TestClass]
public sealed class FlagTextTests
{
    [TestMethod]
    [DataRow(41.25, "fi", "41,3 %", DisplayName = "half away from zero")]
    [DataRow(41.0, "fi", "41 %", DisplayName = "no trailing zero")]
    [DataRow(41.24, "sv", "41,2 %", DisplayName = "sv comma")]
    [DataRow(41.24, "en", "41.2%", DisplayName = "en point, no space")]
    [DataRow(99.96, "fi", "100 %", DisplayName = "rounds up to 100")]
    public void Percent_FormatsPerLanguage(double value, string language, string expected) =>
        FlagText.Percent(value, language).Should().Be(expected);

    [TestMethod]
    public void Count_GroupsThousands()
    {
        FlagText.Count(1234567, "fi").Should().Be("1\u00A0234\u00A0567");
        FlagText.Count(1234567, "en").Should().Be("1,234,567");
        FlagText.Number2(1.955, "fi").Should().Be("1,96");
    }
}
