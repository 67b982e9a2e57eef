using ClosedXML.Excel;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Writes one sheet row by row: header in row 1, then data rows; <see cref="Finish"/> freezes the header,
/// turns the auto-filter on and fixes row heights. Every text goes in as text (never a formula).</summary>
/// <remarks>Column formats and alignment are set on the columns before any cell exists, so the cells inherit them
/// and only cells that differ (a per-row unit format, a marker) carry a style of their own: ClosedXML 0.95 keeps the
/// whole workbook in memory and per-cell styles cost time.</remarks>
internal sealed class SheetWriter
{
    // Excel's limit for the text of one cell.
    private const int MaxCellText = 32_767;

    // Points per text line at the default 11 pt font, and Excel's maximum row height.
    private const double LineHeight = 15;
    private const double MaxRowHeight = 409;

    private readonly IXLWorksheet _sheet;
    private readonly IReadOnlyList<SheetColumn> _columns;
    private readonly string _suppressed;
    private int _rowLines = 1;

    public SheetWriter(XLWorkbook workbook, string name, IReadOnlyList<SheetColumn> columns, int minimumCellCount, double headerHeight = 30)
    {
        _sheet = workbook.Worksheets.Add(name);
        _columns = columns;
        _suppressed = WorkbookFormats.SuppressedMarker(minimumCellCount);
        for (var c = 0; c < columns.Count; c++)
        {
            var spec = columns[c];
            var column = _sheet.Column(c + 1);
            column.Width = spec.Width;
            if (spec.Format is { } format)
            {
                column.Style.NumberFormat.Format = format;
                column.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }

            if (spec.Wrap)
            {
                column.Style.Alignment.WrapText = true;
            }

            column.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        var header = _sheet.Row(1);
        header.Height = headerHeight;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = _sheet.Cell(1, c + 1);
            cell.SetValue(columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xE6, 0xF0);
        }
    }

    /// <summary>The row being written (1 = header).</summary>
    public int Row { get; private set; } = 1;

    /// <summary>Starts the next data row.</summary>
    public void NextRow()
    {
        FitRow();
        Row++;
        _rowLines = 1;
    }

    /// <summary>Writes text as a literal string; null or empty leaves the cell blank.</summary>
    public void Text(int column, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Length > MaxCellText)
        {
            text = string.Concat(text.AsSpan(0, MaxCellText - 1), "\u2026");
        }

        // ClosedXML 0.95's SetValue(string) stores a shared string of type text, never a formula and never a number:
        // '=HYPERLINK(...)', '+1', '-1', '@x' and '005' stay literal (CoordinatorWorkbookTests read them back).
        var cell = _sheet.Cell(Row, column);
        cell.SetValue(text);
        if (_columns[column - 1].Wrap)
        {
            _rowLines = Math.Max(_rowLines, LinesNeeded(text, _columns[column - 1].Width));
        }
    }

    /// <summary>Writes a number in the column's format; null leaves the cell blank.</summary>
    public void Number(int column, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            _sheet.Cell(Row, column).SetValue(v);
        }
    }

    /// <summary>Writes a number in the given format; null leaves the cell blank.</summary>
    public void Number(int column, double? value, string format)
    {
        if (value is { } v && double.IsFinite(v))
        {
            var cell = _sheet.Cell(Row, column);
            cell.SetValue(v);
            if (!string.Equals(format, _columns[column - 1].Format, StringComparison.Ordinal))
            {
                cell.Style.NumberFormat.Format = format;
            }
        }
    }

    /// <summary>Writes a count; null leaves the cell blank.</summary>
    public void Count(int column, long? value)
    {
        if (value is { } v)
        {
            _sheet.Cell(Row, column).SetValue(v);
        }
    }

    /// <summary>Writes a date as a real Excel date.</summary>
    public void Date(int column, DateOnly date)
    {
        var cell = _sheet.Cell(Row, column);
        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        if (!string.Equals(_columns[column - 1].Format, WorkbookFormats.Date, StringComparison.Ordinal))
        {
            cell.Style.DateFormat.Format = WorkbookFormats.Date;
        }
    }

    /// <summary>Writes the suppressed marker (<c>&lt;5</c>).</summary>
    public void Suppressed(int column) => Marker(column, _suppressed);

    /// <summary>Writes the no-data marker (<c>–</c>).</summary>
    public void NoData(int column) => Marker(column, WorkbookFormats.NoDataMarker);

    /// <summary>Writes a published value in its three states: suppressed, no data, or the number.</summary>
    public void Published(int column, bool isSuppressed, double? value, string format)
    {
        if (isSuppressed)
        {
            Suppressed(column);
        }
        else if (value is null)
        {
            NoData(column);
        }
        else
        {
            Number(column, value, format);
        }
    }

    /// <summary>Freezes the header row, turns the auto-filter on over header and data, fits the last row.</summary>
    public void Finish()
    {
        FitRow();
        _sheet.SheetView.FreezeRows(1);
        _sheet.Range(1, 1, Row, _columns.Count).SetAutoFilter();
    }

    private void Marker(int column, string marker)
    {
        var cell = _sheet.Cell(Row, column);
        cell.SetValue(marker);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
    }

    private void FitRow()
    {
        // A wrapped row does not grow by itself in every spreadsheet program, and ClosedXML's auto-fit is unavailable on Linux:
        // estimate the lines from the text length and the column width.
        if (Row > 1 && _rowLines > 1)
        {
            _sheet.Row(Row).Height = Math.Min(MaxRowHeight, _rowLines * LineHeight);
        }
    }

    private static int LinesNeeded(string text, double width)
    {
        var perLine = Math.Max(1, (int)(width * 1.1));
        var lines = 0;
        foreach (var part in text.Split('\n'))
        {
            lines += Math.Max(1, (part.Length + perLine - 1) / perLine);
        }

        return lines;
    }
}
