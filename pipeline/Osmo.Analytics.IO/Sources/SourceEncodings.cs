using System.Text;

namespace Osmo.Analytics.IO.Sources;

/// <summary>The encoding names the pipeline reports (manifest <c>encoding</c>) and the decoders behind them.</summary>
/// <remarks>Windows-1252 is used for every non-UTF-8 file: it is a superset of ISO-8859-1 in the printable range
/// and decodes the Finnish and Swedish letters (<c>ä ö å Ä Ö Å</c>) at the same code points as ISO-8859-15.</remarks>
public static class SourceEncodings
{
    /// <summary>UTF-8 that starts with the byte order mark <c>EF BB BF</c>.</summary>
    public const string Utf8Bom = "utf-8-bom";

    /// <summary>UTF-8 without a byte order mark (plain ASCII files are reported as this).</summary>
    public const string Utf8 = "utf-8";

    /// <summary>Windows-1252, chosen when the bytes are not valid UTF-8.</summary>
    public const string Windows1252 = "windows-1252";

    /// <summary>UTF-16 little-endian with BOM <c>FF FE</c>: Excel's "Unicode Text (*.txt)" export (tab-delimited).</summary>
    public const string Utf16Le = "utf-16le";

    /// <summary>UTF-16 big-endian with BOM <c>FE FF</c>.</summary>
    public const string Utf16Be = "utf-16be";

    /// <summary>An XLSX workbook: its text encoding is the package's business, not ours.</summary>
    public const string Xlsx = "xlsx";

    static SourceEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoder for an encoding name of this class. UTF-8 decoders replace invalid bytes rather than throw
    /// (the fingerprint has already established that there are none).</summary>
    /// <exception cref="ArgumentException">The name is not one of the text encodings of this class.</exception>
    public static Encoding Get(string name) => name switch
    {
        Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Windows1252 => Encoding.GetEncoding(1252),
        Utf16Le => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        Utf16Be => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => throw new ArgumentException($"'{name}' is not a text encoding of the pipeline.", nameof(name)),
    };
}
