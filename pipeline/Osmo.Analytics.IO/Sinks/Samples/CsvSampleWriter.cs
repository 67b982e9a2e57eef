namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Streams rows to an RFC 4180 CSV file through a buffered writer.</summary>
internal static class CsvSampleWriter
{
    private const int BufferSize = 1 << 16;

    /// <summary>Writes <paramref name="comments"/> (each prefixed with <c># </c>), the header and the rows; returns the row count.</summary>
    public static async Task<long> WriteAsync(
        string path,
        System.Text.Encoding encoding,
        char delimiter,
        IReadOnlyList<string> comments,
        string[] header,
        IEnumerable<string[]> rows,
        Func<int, string, string>? format,
        CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new StreamWriter(stream, encoding, BufferSize);
            await using (writer.ConfigureAwait(false))
            {
                writer.NewLine = "\r\n";
                foreach (var comment in comments)
                {
                    await writer.WriteLineAsync("# " + comment).ConfigureAwait(false);
                }

                WriteRow(writer, header, delimiter, null);
                long count = 0;
                foreach (var row in rows)
                {
                    WriteRow(writer, row, delimiter, format);
                    // Synchronous writes into the buffer; check for cancellation now and then only.
                    if ((++count & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                return count;
            }
        }
    }

    private static void WriteRow(StreamWriter writer, string[] row, char delimiter, Func<int, string, string>? format)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(delimiter);
            }

            WriteCell(writer, format is null ? row[i] : format(i, row[i]), delimiter);
        }

        writer.Write("\r\n");
    }

    /// <summary>Quotes a cell holding the delimiter, a quote or a line break, doubling inner quotes.</summary>
    public static void WriteCell(TextWriter writer, string cell, char delimiter)
    {
        var needsQuotes = false;
        foreach (var ch in cell)
        {
            if (ch == delimiter || ch is '"' or '\r' or '\n')
            {
                needsQuotes = true;
                break;
            }
        }

        if (!needsQuotes)
        {
            writer.Write(cell);
            return;
        }

        writer.Write('"');
        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
