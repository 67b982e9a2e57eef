using System.Text;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>How a CSV export is written: delimiter, encoding (with or without BOM) and line end.</summary>
internal sealed record ExportDialect(char Delimiter, Encoding Encoding, bool Bom, string NewLine)
{
    /// <summary>The Finnish default: <c>;</c>, UTF-8 with BOM (Excel's "CSV UTF-8"), CRLF.</summary>
    public static ExportDialect FinnishExcel { get; } = new(';', new UTF8Encoding(false), Bom: true, "\r\n");

    /// <summary><c>,</c>, UTF-8 without BOM, LF: a Unix tool's export.</summary>
    public static ExportDialect EnglishUnix { get; } = new(',', new UTF8Encoding(false), Bom: false, "\n");

    /// <summary>Tab, Windows-1252, CRLF: an older client information system.</summary>
    public static ExportDialect TabWindows1252 { get; } = new('\t', Windows1252(), Bom: false, "\r\n");

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Writes <paramref name="lines"/> joined by the dialect's line end; no line end after the last one
    /// unless <paramref name="finalNewLine"/>.</summary>
    public void Write(string path, IEnumerable<string> lines, bool finalNewLine = true)
    {
        var text = string.Join(NewLine, lines) + (finalNewLine ? NewLine : string.Empty);
        var bytes = Encoding.GetBytes(text);
        if (Bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Joins cells with the delimiter, quoting a cell that holds the delimiter (RFC 4180).</summary>
    public string Row(params string[] cells) =>
        string.Join(Delimiter, cells.Select(c => c.Contains(Delimiter, StringComparison.Ordinal) && !c.StartsWith('"') ? "\"" + c + "\"" : c));
}
