using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Osmo.Analytics.Cli;

/// <summary>Makes a PDF printed by Chromium independent of when and where it was printed, byte for byte the same
/// length (so the cross-reference offsets stay valid).</summary>
/// <remarks>
/// Chromium writes the wall-clock time into the info dictionary and turns every link into an absolute
/// <c>file://</c> URI of the folder it printed in (the run's temporary folder, which no longer exists afterwards).
/// Dates become the reported period; the folder prefix of links becomes a relative path of <c>./</c> segments
/// (and one <c>x/../</c> where the length is odd), which resolves to the file beside the PDF.
/// </remarks>
internal static partial class PdfNormalizer
{
    public static void Normalize(string path, DateOnly period)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var stamp = period.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        var result = DatePattern().Replace(text, m => m.Groups[1].Value + stamp + m.Groups[3].Value);
        var folder = "(" + new Uri(Path.GetDirectoryName(Path.GetFullPath(path))! + Path.DirectorySeparatorChar).AbsoluteUri;
        if (folder.Length > 6)
        {
            result = result.Replace(folder, "(" + DotSegments(folder.Length - 1), StringComparison.Ordinal);
        }

        if (result.Length == text.Length && !string.Equals(result, text, StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes(result));
        }
    }

    /// <summary>A relative path prefix of exactly <paramref name="length"/> characters that names the current folder.</summary>
    internal static string DotSegments(int length)
    {
        var sb = new StringBuilder(length);
        if (length % 2 == 1)
        {
            sb.Append("x/../");
            length -= 5;
        }

        for (var i = 0; i < length / 2; i++)
        {
            sb.Append("./");
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))")]
    private static partial Regex DatePattern();
}
