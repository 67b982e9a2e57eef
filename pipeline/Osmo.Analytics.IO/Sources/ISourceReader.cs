using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>An opened input file: its header is read, its data records stream on demand. Dispose it when done.</summary>
/// <remarks><see cref="Records"/> can be enumerated once: it reads the file forward from after the header.</remarks>
public interface ISourceReader : IDisposable
{
    /// <summary>The path the reader was opened on.</summary>
    string Path { get; }

    /// <summary>SHA-256 and byte length of the file (for the run manifest); its encoding equals <see cref="Encoding"/>.</summary>
    FileFingerprint Fingerprint { get; }

    /// <summary>Encoding name: <c>utf-8-bom</c>, <c>utf-8</c>, <c>windows-1252</c>, <c>utf-16le</c>, <c>utf-16be</c>, or
    /// <c>xlsx</c>.</summary>
    string Encoding { get; }

    /// <summary>Delimiter name for CSV (<c>;</c>, <c>,</c> or <c>tab</c>), null for XLSX.</summary>
    string? Delimiter { get; }

    /// <summary>Header cells, trimmed, in file column order.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>Line (CSV) or worksheet row number (XLSX) of the header.</summary>
    int HeaderLine { get; }

    /// <summary>The data records after the header, in file order, blank ones skipped. Enumerable once.</summary>
    /// <exception cref="SourceFileException">Reading fails part-way (I/O error, corrupt worksheet).</exception>
    IEnumerable<SourceRecord> Records { get; }
}
