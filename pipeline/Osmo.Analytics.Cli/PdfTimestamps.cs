using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Osmo.Analytics.Cli;

/// <summary>Replaces the wall-clock dates Chromium writes into a PDF's info dictionary with the reported period, byte for
/// byte the same length (so the cross-reference offsets stay valid): same inputs, same PDF bytes.</summary>
internal static partial class PdfTimestamps
{
    public static void Fix(string path, DateOnly period)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var stamp = period.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        var fixedText = DatePattern().Replace(text, m => m.Groups[1].Value + stamp + m.Groups[3].Value);
        if (!ReferenceEquals(fixedText, text) && fixedText.Length == text.Length)
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes(fixedText));
        }
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))")]
    private static partial Regex DatePattern();
}
