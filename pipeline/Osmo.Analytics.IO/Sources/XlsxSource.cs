using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Streams the rows of the first worksheet of an XLSX workbook, forward-only, without loading the sheet.</summary>
/// <remarks>
/// <para>The package and its small parts (workbook, styles) are opened with DocumentFormat.OpenXml; the worksheet is
/// never loaded as a DOM: rows stream from the part's XML, so a million-row export costs the shared strings table and
/// one row at a time. The first worksheet is the first in the workbook's tab order.</para>
/// <para>The first non-empty row is the header (trimmed). <see cref="SourceRecord.Line"/> is the worksheet row number.
/// Empty rows (no cell with text) are skipped. Cell texts: shared and inline strings as stored; booleans
/// <c>true</c>/<c>false</c>; numbers in invariant culture, integers without <c>.0</c>; numbers whose style is a date
/// format as ISO <c>yyyy-MM-dd</c> (a time part dropped); formulas as their cached value; error values as shown
/// (<c>#N/A</c>). Cells are not trimmed (validation trims).</para>
/// <para>A row with text beyond the header's last column is returned whole with <see cref="SourceRecord.Malformed"/>
/// set, like CSV; shorter rows are padded with empty strings.</para>
/// </remarks>
public sealed class XlsxSource : ISourceReader
{
    private readonly FileStream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly XlsxRowReader _rows;
    private readonly List<string> _cells = new(32);
    private bool _enumerated;
    private bool _disposed;

    private XlsxSource(string path, FileFingerprint fingerprint, FileStream stream, SpreadsheetDocument document, XlsxRowReader rows)
    {
        Path = path;
        Fingerprint = fingerprint;
        _stream = stream;
        _document = document;
        _rows = rows;
        Header = ReadHeader(out var headerLine);
        HeaderLine = headerLine;
    }

    /// <inheritdoc/>
    public string Path { get; }

    /// <inheritdoc/>
    public FileFingerprint Fingerprint { get; }

    /// <inheritdoc/>
    public string Encoding => SourceEncodings.Xlsx;

    /// <inheritdoc/>
    public string? Delimiter => null;

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

    /// <summary>Opens the workbook, loads its shared strings and styles, and reads the header row.</summary>
    /// <exception cref="SourceFileException">The file is missing, unreadable, not a valid XLSX, or has no header.</exception>
    public static XlsxSource Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fingerprint = Fingerprinter.Compute(path) with { Encoding = SourceEncodings.Xlsx };
        FileStream? stream = null;
        SpreadsheetDocument? document = null;
        XlsxRowReader? rows = null;
        try
        {
            stream = SourceFileStreams.OpenRead(path);
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            rows = OpenFirstSheet(path, document);
            return new XlsxSource(path, fingerprint, stream, document, rows);
        }
        catch (Exception e) when (e is not SourceFileException)
        {
            rows?.Dispose();
            document?.Dispose();
            stream?.Dispose();
            if (e is IOException or UnauthorizedAccessException)
            {
                throw SourceFileException.CannotRead(path, e);
            }

            if (IsCorruption(e))
            {
                throw Corrupt(path, e);
            }

            throw;
        }
        catch
        {
            rows?.Dispose();
            document?.Dispose();
            stream?.Dispose();
            throw;
        }
    }

    /// <summary>Closes the workbook and the file.</summary>
    public void Dispose()
    {
        _disposed = true;
        _rows.Dispose();
        _document.Dispose();
        _stream.Dispose();
    }

    private static XlsxRowReader OpenFirstSheet(string path, SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw Corrupt(path, null);
        var sheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (sheet?.Id?.Value is not string id)
        {
            throw new SourceFileException(path, $"Input file '{System.IO.Path.GetFileName(path)}' has no worksheet.");
        }

        if (workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
        {
            throw new SourceFileException(path,
                $"Input file '{System.IO.Path.GetFileName(path)}': the first sheet '{sheet.Name?.Value}' is not a worksheet (a chart?).");
        }

        var sharedStrings = XlsxSharedStrings.Load(workbookPart.SharedStringTablePart);
        var dateStyles = XlsxDateFormats.DateStyles(workbookPart.WorkbookStylesPart);
        var date1904 = workbookPart.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
        return new XlsxRowReader(worksheetPart.GetStream(FileMode.Open, FileAccess.Read), sharedStrings, dateStyles, date1904);
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
            catch (Exception e) when (IsCorruption(e) || e is IOException)
            {
                throw Corrupt(Path, e);
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
        int row;
        do
        {
            if (!_rows.TryReadRow(_cells, out row))
            {
                return null;
            }
        }
        while (IsBlank(_cells));

        var width = Header.Count;
        string? malformed = null;
        var count = width;
        if (_cells.Count > width && !IsBlank(_cells, width))
        {
            count = _cells.Count;
            malformed = string.Create(CultureInfo.InvariantCulture, $"row has {count} cells, the header has {width}");
        }

        var result = new string[count];
        var copied = Math.Min(count, _cells.Count);
        _cells.CopyTo(0, result, 0, copied);
        result.AsSpan(copied).Fill(string.Empty);
        return new SourceRecord(row, result, malformed);
    }

    private List<string> ReadHeader(out int row)
    {
        do
        {
            if (!_rows.TryReadRow(_cells, out row))
            {
                throw new SourceFileException(Path, $"Input file '{System.IO.Path.GetFileName(Path)}' has an empty first worksheet: no header row.");
            }
        }
        while (IsBlank(_cells));

        // Cells hold text up to the last non-empty one, so the header's width is its last named column.
        var header = _cells.ConvertAll(c => c.Trim());
        while (header[^1].Length == 0)
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

    private static bool IsCorruption(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or FormatException
            or InvalidOperationException or NotSupportedException or ArgumentException;

    private static SourceFileException Corrupt(string path, Exception? e) =>
        new(path, $"Input file '{System.IO.Path.GetFileName(path)}' is not a readable .xlsx workbook"
            + (e is null ? "." : $": {e.Message}") + " Open it in Excel and save it again as .xlsx, or export CSV.", e);
}
