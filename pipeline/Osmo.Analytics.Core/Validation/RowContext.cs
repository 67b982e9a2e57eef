using System.Globalization;
using System.Text;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Validation;

/// <summary>The per-file machinery every validator shares: the identifier and duplicate screens, cell parsing that
/// remembers the first fault of each late reason, issue building and the tally. Reused across rows (no per-row
/// allocation on the accepted path).</summary>
/// <remarks>A validator calls <see cref="Begin"/> (which settles <c>direct_identifier</c>, <c>duplicate_row</c> and a
/// malformed record), then reads every column. Reading never stops at a fault: the first <c>bad_value</c>, the first
/// <c>unknown_code</c> and the first <c>future_date</c> are each remembered in column order, and
/// <see cref="FirstIssue"/> picks them in reason order, so a bad value in a late column still beats an unknown code
/// in an early one.</remarks>
internal sealed partial class RowContext
{
    private readonly string _file;
    private readonly HeaderBinding _binding;
    private readonly string?[] _canonicalByFileColumn;
    private readonly string[] _displayByFileColumn;
    private readonly FingerprintSet _seen;

    // Per file column, the previous record's cell when it held no identifier. The CSV tokenizer hands a cell equal to
    // the one above it the same string instance (ids, dates and codes repeat down a meter export), so a reference
    // compare spares the identifier scan of most cells.
    private string?[] _clean = new string?[32];
    private readonly DateOnly _exportDate;
    private SourceRecord _record = null!;
    private (string Column, string Detail)? _bad;
    private (string Column, string Detail)? _unknown;
    private (string Column, string Detail)? _future;

    public RowContext(string file, HeaderBinding binding, SourceKind kind, ValidationOptions options, IReadOnlyList<string>? header)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(options);
        if (binding.Schema.Kind != kind)
        {
            throw new ArgumentException($"Binding is for {binding.Schema.FileStem}, expected {EntitySchemas.For(kind).FileStem}.", nameof(binding));
        }

        _file = file;
        _binding = binding;
        _exportDate = options.ExportDate;
        _seen = new FingerprintSet(options.ExpectedRows);
        Tally = new ValidationTally(file);
        (_canonicalByFileColumn, _displayByFileColumn) = NameFileColumns(binding, header);
    }

    public ValidationTally Tally { get; }

    public SourceRecord Record => _record;

    /// <summary>Starts a row: counts it read, scans every cell for identifiers, records its fingerprint, and
    /// returns the <c>direct_identifier</c>, <c>duplicate_row</c> or malformed-record issue, in that order.</summary>
    public RowIssue? Begin(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _record = record;
        _bad = _unknown = _future = null;
        Tally.RecordRead();

        var cells = record.Cells;
        var firstCell = -1;
        var firstKind = IdentifierKind.PersonalIdentityCode;
        var cellsWithIdentifiers = 0;
        if (cells.Length > _clean.Length)
        {
            Array.Resize(ref _clean, Math.Max(cells.Length, _clean.Length * 2));
        }

        for (var j = 0; j < cells.Length; j++)
        {
            var cell = cells[j];
            if (ReferenceEquals(cell, _clean[j]))
            {
                continue;
            }

            var matches = IdentifierGuard.FindAll(cell);
            if (matches.Count == 0)
            {
                _clean[j] = cell;
                continue;
            }

            _clean[j] = null;

            cellsWithIdentifiers++;
            if (firstCell < 0)
            {
                firstCell = j;
                firstKind = matches[0].Kind;
            }

            foreach (var m in matches)
            {
                Tally.RecordIdentifier(m.Kind);
            }
        }

        // Every row's fingerprint is kept, quarantined ones included: a later copy of a bad row is a duplicate.
        var isNew = _seen.Add(RowHasher.Hash(cells));
        if (firstCell >= 0)
        {
            var more = cellsWithIdentifiers > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {cellsWithIdentifiers - 1} more cell(s))") : string.Empty;
            return Issue(ColumnOf(firstCell), QuarantineReason.DirectIdentifier, $"{DisplayOf(firstCell)} holds {firstKind.Describe()}; value masked{more}");
        }

        if (!isNew)
        {
            return Issue(null, QuarantineReason.DuplicateRow, "same cells as an earlier row of the file");
        }

        return record.Malformed is { } malformed
            ? Issue(null, QuarantineReason.BadValue, $"malformed record: {IdentifierGuard.Mask(malformed)}")
            : null;
    }

    /// <summary>The first remembered fault in reason order: bad_value, unknown_code, future_date.</summary>
    public RowIssue? FirstIssue() =>
        _bad is { } b ? Issue(b.Column, QuarantineReason.BadValue, b.Detail)
        : _unknown is { } u ? Issue(u.Column, QuarantineReason.UnknownCode, u.Detail)
        : _future is { } f ? Issue(f.Column, QuarantineReason.FutureDate, f.Detail)
        : null;

    /// <summary>An issue for the current row, with its masked cells.</summary>
    public RowIssue Issue(string? column, QuarantineReason reason, string detail) =>
        new(_file, _record.Line, column, reason, detail, MaskRow(_record.Cells));

    public RowResult<T> Accept<T>(T value)
        where T : class
    {
        Tally.RecordAccepted();
        return new RowResult<T>(value);
    }

    public RowResult<T> Quarantine<T>(RowIssue issue)
        where T : class
    {
        Tally.RecordQuarantined(issue.Reason);
        return new RowResult<T>(issue);
    }

    public string Name(int column) => _binding.Schema.Columns[column].Name;

    public void Bad(int column, string what) => _bad ??= (Name(column), $"{Name(column)}: {what}");

    public void Unknown(int column, string what) => _unknown ??= (Name(column), $"{Name(column)}: {what}");

    private void Future(int column, DateOnly date) => _future ??= (Name(column),
        string.Create(CultureInfo.InvariantCulture, $"{Name(column)}: {date:yyyy-MM-dd} is after the export date {_exportDate:yyyy-MM-dd}"));

    /// <summary>A cell value quoted for a detail: capped at <see cref="ValidationDefaults.QuotedValueMaxLength"/>
    /// characters, control characters shown as blanks.</summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        var sb = new StringBuilder(ValidationDefaults.QuotedValueMaxLength + 5).Append('\'');
        var shown = Math.Min(value.Length, ValidationDefaults.QuotedValueMaxLength);
        for (var i = 0; i < shown; i++)
        {
            sb.Append(char.IsControl(value[i]) ? ' ' : value[i]);
        }

        return sb.Append(value.Length > shown ? "...'" : "'").ToString();
    }

    private static string MaskRow(string[] cells)
    {
        var masked = new string[cells.Length];
        for (var j = 0; j < cells.Length; j++)
        {
            masked[j] = IdentifierGuard.Mask(cells[j]);
        }

        return string.Join(ValidationDefaults.RowMaskedSeparator, masked);
    }

    private string? ColumnOf(int fileColumn) => fileColumn < _canonicalByFileColumn.Length ? _canonicalByFileColumn[fileColumn] : null;

    private string DisplayOf(int fileColumn) => fileColumn < _displayByFileColumn.Length
        ? _displayByFileColumn[fileColumn]
        : string.Create(CultureInfo.InvariantCulture, $"extra cell {fileColumn + 1} (beyond the header)");

    /// <summary>Names each file column: its canonical name when bound, else "unknown column 'x' (file column n)".</summary>
    /// <remarks>Without a header the unknown names come from <see cref="HeaderBinding.UnknownColumns"/>, which lists
    /// the unbound header cells in file order; the header has as many cells as bound plus unknown columns.</remarks>
    private static (string?[] Canonical, string[] Display) NameFileColumns(HeaderBinding binding, IReadOnlyList<string>? header)
    {
        var bound = binding.SourceIndex.Count(i => i >= 0);
        var width = Math.Max(header?.Count ?? bound + binding.UnknownColumns.Length, binding.SourceIndex.DefaultIfEmpty(-1).Max() + 1);
        var canonical = new string?[width];
        for (var c = 0; c < binding.SourceIndex.Length; c++)
        {
            if (binding.SourceIndex[c] >= 0)
            {
                canonical[binding.SourceIndex[c]] = binding.Schema.Columns[c].Name;
            }
        }

        var display = new string[width];
        var unknown = 0;
        for (var j = 0; j < width; j++)
        {
            if (canonical[j] is { } name)
            {
                display[j] = name;
                continue;
            }

            var headerName = header is not null && j < header.Count ? header[j].Trim()
                : unknown < binding.UnknownColumns.Length ? binding.UnknownColumns[unknown] : string.Empty;
            unknown++;
            // A header cell is shown in details and logs, so it gets masked like any cell.
            display[j] = string.Create(CultureInfo.InvariantCulture, $"unknown column '{IdentifierGuard.Mask(headerName)}' (file column {j + 1})");
        }

        return (canonical, display);
    }
}
