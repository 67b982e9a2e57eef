using System.Text;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>Renders data dictionary entries as <c>DATA_DICTIONARY.md</c>: one section per table, one table row
/// per column, in the given order. Deterministic text (LF line ends, no dates).</summary>
public static class DataDictionaryMarkdown
{
    /// <summary>The Markdown text.</summary>
    public static string Render(IEnumerable<DataDictionaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.Append("# Data dictionary\n\n");
        text.Append("Every column of every Parquet table in this folder. Codes are text (`005` stays `005`); ");
        text.Append("suppressed cells have `suppressed = true` and null numbers.\n");
        string? table = null;
        foreach (var entry in entries)
        {
            if (!string.Equals(entry.Table, table, StringComparison.Ordinal))
            {
                table = entry.Table;
                text.Append("\n## ").Append(table).Append("\n\n");
                text.Append("| column | type | nullable | description |\n");
                text.Append("|---|---|---|---|\n");
            }

            text.Append("| `").Append(entry.Column).Append("` | ").Append(entry.Type).Append(" | ")
                .Append(entry.Nullable ? "yes" : "no").Append(" | ").Append(Escape(entry.Description)).Append(" |\n");
        }

        return text.ToString();
    }

    // A pipe would end the Markdown table cell; a line break would end the row.
    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
