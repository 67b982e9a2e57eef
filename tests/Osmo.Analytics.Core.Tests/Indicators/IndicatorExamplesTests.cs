using System.Globalization;
using System.Runtime.CompilerServices;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>"The spec is the test": every row of IndicatorExamples.md is one expected value.</summary>
[TestClass]
public sealed class IndicatorExamplesTests
{
    public static IEnumerable<object[]> Examples()
    {
        // The table is read from the source tree (found through this file's compile-time path), so the Markdown
        // a reader sees is exactly what runs.
        var path = Path.Combine(Path.GetDirectoryName(ThisFile())!, "IndicatorExamples.md");
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| scenario", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            yield return [.. cells];
        }
    }

    public static string Name(System.Reflection.MethodInfo method, object[] row) =>
        $"{row[0]}: {row[1]} {row[2]} {row[3]} {row[4]} {row[5]}";

    [TestMethod]
    [DynamicData(nameof(Examples), DynamicDataDisplayName = nameof(Name))]
    public void Compute_HandWorkedExample_Matches(
        string scenario, string indicator, string level, string key, string window, string period,
        string numerator, string denominator, string value)
    {
        var actual = IndicatorScenarios.Get(scenario).Value(indicator, level, key, window, period);

        actual.Numerator.Should().Be(ParseLong(numerator), "numerator");
        actual.Denominator.Should().Be(ParseLong(denominator), "denominator");
        var expected = ParseNumber(value);
        if (expected is null)
        {
            actual.Value.Should().BeNull("value");
        }
        else
        {
            actual.Value.Should().BeApproximately(expected.Value, 1e-9, "value");
        }
    }

    [TestMethod]
    public void Examples_TableIsNotEmpty() => Examples().Count().Should().BeGreaterThan(90);

    private static long? ParseLong(string text) => text == "null" ? null : long.Parse(text, CultureInfo.InvariantCulture);

    private static double? ParseNumber(string text)
    {
        if (text == "null")
        {
            return null;
        }

        var parts = text.Split('/');
        var number = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts.Length == 2 ? number / double.Parse(parts[1], CultureInfo.InvariantCulture) : number;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
