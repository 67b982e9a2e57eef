namespace Osmo.Analytics.IO.Sources;

/// <summary>Detects a CSV file's delimiter from its header line.</summary>
/// <remarks>Spec/data-contract.md "Precise rules": the most frequent of <c>;</c>, <c>,</c> and tab in the header line;
/// ties go to <c>;</c> (the Finnish default), then <c>,</c>, then tab. A header with none of them (one column) gets
/// <c>;</c>. Delimiters inside quotes do not count. The header line is the first line with any non-blank text that
/// is not a comment line.</remarks>
public static class CsvDelimiter
{
    /// <summary>The delimiter name reported for a tab (<c>tab</c>); the others are reported as themselves.</summary>
    public const string TabName = "tab";

    /// <summary>Detects the delimiter from the start of the file's text.</summary>
    /// <param name="text">The file's first characters (at least the header line to be exact).</param>
    /// <param name="comment">Comment line prefix, or null.</param>
    public static char Detect(ReadOnlySpan<char> text, char? comment = null)
    {
        var line = HeaderLine(text, comment);
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
                case '\r' or '\n' when !quoted:
                    return Choose(semicolons, commas, tabs);
            }
        }

        return Choose(semicolons, commas, tabs);
    }

    /// <summary>The name of a delimiter as the manifest reports it: <c>;</c>, <c>,</c> or <c>tab</c>.</summary>
    public static string NameOf(char delimiter) => delimiter == '\t' ? TabName : delimiter.ToString();

    private static char Choose(int semicolons, int commas, int tabs) =>
        semicolons >= commas && semicolons >= tabs ? ';'
        : commas >= tabs ? ','
        : '\t';

    private static ReadOnlySpan<char> HeaderLine(ReadOnlySpan<char> text, char? comment)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('\r', '\n');
            var line = end < 0 ? text : text[..end];
            var content = line.TrimStart('\uFEFF');
            if (!content.IsWhiteSpace() && (comment is null || content[0] != comment))
            {
                return text.TrimStart('\uFEFF');
            }

            text = end < 0 ? [] : text[(end + 1)..];
        }

        return text;
    }
}
