using Osmo.Analytics.Ingest;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>One reference CSV file opened for reading: columns bound by name, rows with typed, position-aware
/// accessors (<see cref="ReferenceRow"/>).</summary>
/// <remarks>Read through <see cref="CsvSource"/>, so any delimiter and encoding works; lines starting with <c>#</c>
/// are comments (source and year notes). Headers match by name ignoring case, blanks, <c>-</c>/<c>_</c> and
/// <c>ä/a ö/o</c> (<see cref="HeaderMatcher.Normalize"/>); extra columns are ignored.</remarks>
internal sealed class ReferenceTable : IDisposable
{
    private readonly CsvSource _source;
    private readonly Dictionary<string, int> _columns;

    private ReferenceTable(string name, CsvSource source, Dictionary<string, int> columns)
    {
        Name = name;
        _source = source;
        _columns = columns;
    }

    /// <summary>Manifest name, <c>reference/&lt;file name&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>SHA-256 and size of the file.</summary>
    public FileFingerprint Fingerprint => _source.Fingerprint;

    /// <summary>Opens <paramref name="path"/> and checks that every column of <paramref name="required"/> is there.</summary>
    public static ReferenceTable Open(string path, IReadOnlyList<string> required)
    {
        var name = "reference/" + Path.GetFileName(path);
        CsvSource source;
        try
        {
            source = CsvSource.Open(path, comment: '#');
        }
        catch (SourceFileException e)
        {
            throw new ReferenceDataException(name, 0, string.Empty, e.Message, e);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = source.Header.Count - 1; i >= 0; i--)
        {
            // Backwards so that a duplicated header binds to its first occurrence, as for exports.
            columns[HeaderMatcher.Normalize(source.Header[i])] = i;
        }

        foreach (var column in required)
        {
            if (!columns.ContainsKey(HeaderMatcher.Normalize(column)))
            {
                source.Dispose();
                throw new ReferenceDataException(name, source.HeaderLine, column,
                    $"the header has no column '{column}' (found: {string.Join(", ", source.Header)}).");
            }
        }

        return new ReferenceTable(name, source, columns);
    }

    /// <summary>The data rows in file order.</summary>
    public IEnumerable<ReferenceRow> Rows()
    {
        foreach (var record in _source.Records)
        {
            if (record.Malformed is not null)
            {
                throw new ReferenceDataException(Name, record.Line, string.Empty, record.Malformed + ".");
            }

            yield return new ReferenceRow(this, record.Line, record.Cells);
        }
    }

    /// <summary>The cell of <paramref name="column"/>, trimmed; empty when the file lacks the (optional) column.</summary>
    internal string Cell(string[] cells, string column) =>
        _columns.TryGetValue(HeaderMatcher.Normalize(column), out var i) && i < cells.Length ? cells[i].Trim() : string.Empty;

    public void Dispose() => _source.Dispose();
}
