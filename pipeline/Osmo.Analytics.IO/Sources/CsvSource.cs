using System.Globalization;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Streams the records of a CSV file in its detected encoding and delimiter.</summary>
/// <remarks>
/// <para>Opening fingerprints the file (one pass: SHA-256 and encoding), then reads up to the header. The first record
/// that is not blank is the header; its cells are trimmed and a BOM char is stripped; empty cells at its end (a
/// trailing delimiter) are dropped.</para>
/// <para><see cref="SourceRecord.Line"/> is the physical line where a record starts, the header's being counted from
/// line 1 of the file; a quoted cell with line breaks makes its record span several lines, and the next record's
/// number counts them.</para>
/// <para>Blank records (every cell empty or whitespace, including a line of only delimiters) are skipped and not
/// returned: the spec says blank lines are not rows read, and a line of <c>;;;;</c> is what a spreadsheet writes for
/// an empty row. They still count in the physical line numbering.</para>
/// <para>Cells are returned as read, untrimmed (validation trims). A record shorter than the header is padded with
/// empty strings. A record longer than the header, with text beyond the header's width, is returned whole with
/// <see cref="SourceRecord.Malformed"/> set; extra cells that are all empty (a trailing delimiter) are dropped
/// instead, since nothing is lost. A quote left open at the end of the file gives a malformed record holding
/// everything after the quote, never an exception.</para>
/// </remarks>
public sealed class CsvSource : ISourceReader
{
    private readonly StreamReader _reader;
    private readonly CsvTokenizer _tokenizer;
    private bool _enumerated;
    private bool _disposed;

    private CsvSource(string path, FileFingerprint fingerprint, StreamReader reader, char? comment)
    {
        Path = path;
        Fingerprint = fingerprint;
        _reader = reader;
        _tokenizer = new CsvTokenizer(reader, comment);
        DelimiterChar = CsvDelimiter.Detect(_tokenizer.Buffered, comment);
        _tokenizer.Delimiter = DelimiterChar;
        Header = ReadHeader(out var headerLine);
        HeaderLine = headerLine;
    }

    /// <inheritdoc/>
    public string Path { get; }

    /// <inheritdoc/>
    public FileFingerprint Fingerprint { get; }

    /// <inheritdoc/>
    public string Encoding => Fingerprint.Encoding;

    /// <summary>The delimiter character: <c>;</c>, <c>,</c> or tab.</summary>
    public char DelimiterChar { get; }

    /// <inheritdoc/>
    public string Delimiter => CsvDelimiter.NameOf(DelimiterChar);

    /// <inheritdoc/>
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc/>
    public int HeaderLine { get; }

    /// <inheritdoc/>
    public IEnumerable<SourceRecord> Records
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_enumerated)
            {
                throw new InvalidOperationException($"The records of {System.IO.Path.GetFileName(Path)} have already been read.");
            }

            _enumerated = true;
            return ReadRecords();
        }
    }

    /// <summary>Opens a CSV file: fingerprints it, detects the delimiter and reads the header.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="comment">A char that makes a line a comment when it is the line's first char (reference files use
    /// <c>#</c>), or null for none (exports: a cell may legitimately start with <c>#</c>).</param>
    /// <exception cref="SourceFileException">The file is missing, unreadable or has no header.</exception>
    public static CsvSource Open(string path, char? comment = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fingerprint = Fingerprinter.Compute(path);
        StreamReader? reader = null;
        try
        {
            reader = new StreamReader(SourceFileStreams.OpenRead(path), SourceEncodings.Get(fingerprint.Encoding),
                detectEncodingFromByteOrderMarks: false, SourceFileStreams.BufferSize);
            return new CsvSource(path, fingerprint, reader, comment);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reader?.Dispose();
            throw SourceFileException.CannotRead(path, e);
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _disposed = true;
        _reader.Dispose();
    }

    private IEnumerable<SourceRecord> ReadRecords()
    {
        while (true)
        {
            SourceRecord? record;
            try
            {
                record = ReadNext();
            }
            catch (IOException e)
            {
                throw SourceFileException.CannotRead(Path, e);
            }

            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    private SourceRecord? ReadNext()
    {
        var cells = _tokenizer.Cells;
        int line;
        bool unterminated;
        do
        {
            if (!_tokenizer.TryReadRecord(out line, out unterminated))
            {
                return null;
            }
        }
        while (!unterminated && IsBlank(cells));

        var width = Header.Count;
        var count = cells.Count;
        string? malformed = null;
        if (count > width && !IsBlank(cells, width))
        {
            malformed = string.Create(CultureInfo.InvariantCulture, $"row has {count} cells, the header has {width}");
        }
        else
        {
            count = width;
        }

        if (unterminated)
        {
            malformed = string.Create(CultureInfo.InvariantCulture,
                $"the quote opened on line {_tokenizer.QuoteLine} is never closed: the rest of the file is in this row");
        }

        var result = new string[count];
        var copied = Math.Min(count, cells.Count);
        cells.CopyTo(0, result, 0, copied);
        result.AsSpan(copied).Fill(string.Empty);
        return new SourceRecord(line, result, malformed);
    }

    private List<string> ReadHeader(out int line)
    {
        bool unterminated;
        do
        {
            if (!_tokenizer.TryReadRecord(out line, out unterminated))
            {
                throw new SourceFileException(Path, $"Input file '{System.IO.Path.GetFileName(Path)}' is empty: it has no header row.");
            }
        }
        while (!unterminated && IsBlank(_tokenizer.Cells));

        if (unterminated)
        {
            throw new SourceFileException(Path, string.Create(CultureInfo.InvariantCulture,
                $"Input file '{System.IO.Path.GetFileName(Path)}': the header row opens a quote on line {_tokenizer.QuoteLine} that is never closed."));
        }

        var header = new List<string>(_tokenizer.Cells.Count);
        foreach (var cell in _tokenizer.Cells)
        {
            header.Add(cell.Trim().TrimStart('\uFEFF').Trim());
        }

        // A trailing delimiter makes empty header cells; they are not columns.
        while (header.Count > 1 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        return header;
    }

    private static bool IsBlank(List<string> cells, int from = 0)
    {
        for (var i = from; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }

        return true;
    }
}
