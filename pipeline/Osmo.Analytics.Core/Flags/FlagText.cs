using System.Globalization;

namespace Osmo.Analytics.Flags;

/// <summary>Number formatting for evidence and action texts: Finnish and Swedish use a decimal comma and a space
/// before the per cent sign (<c>41,2 %</c>), English a point and no space (<c>41.2%</c>). One decimal at most,
/// rounded half away from zero; thousands grouped with a no-break space in fi/sv and a comma in en.</summary>
/// <remarks>Built from invariant formatting rather than the fi-FI culture so the text is byte-identical on every
/// machine (ICU versions differ in minus signs and group separators).</remarks>
public static class FlagText
{
    /// <summary>Rounds to one decimal, half away from zero: the precision every quoted share uses.</summary>
    public static double Round1(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>A number with at most one decimal (<c>41,2</c> / <c>41.2</c>).</summary>
    public static string Number(double value, string language)
    {
        var text = Round1(value).ToString("0.#", CultureInfo.InvariantCulture);
        return language == "en" ? text : text.Replace('.', ',');
    }

    /// <summary>A number with two decimals (test statistics, scores).</summary>
    public static string Number2(double value, string language)
    {
        var text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        return language == "en" ? text : text.Replace('.', ',');
    }

    /// <summary>A percentage (<c>41,2 %</c> / <c>41.2%</c>).</summary>
    public static string Percent(double value, string language) =>
        language == "en" ? Number(value, language) + "%" : Number(value, language) + " %";

    /// <summary>A whole number with grouped thousands (<c>1 200</c> / <c>1,200</c>).</summary>
    public static string Count(long value, string language)
    {
        var text = value.ToString("#,0", CultureInfo.InvariantCulture);
        return language == "en" ? text : text.Replace(',', '\u00A0');
    }
}
