namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>One column of a workbook sheet.</summary>
/// <param name="Header">Finnish header text.</param>
/// <param name="Width">Width in Excel character units (set explicitly: ClosedXML 0.95's auto-fit of column widths needs
/// System.Drawing, which throws on Linux).</param>
/// <param name="Format">Default number format of the column's cells, or null for text columns.</param>
/// <param name="Wrap">Whether long text wraps (and the row grows to show it).</param>
internal sealed record SheetColumn(string Header, double Width, string? Format = null, bool Wrap = false)
{
    /// <summary>A text column.</summary>
    public static SheetColumn Text(string header, double width) => new(header, width);

    /// <summary>A wrapped text column.</summary>
    public static SheetColumn LongText(string header, double width) => new(header, width, Wrap: true);

    /// <summary>A number column: right-aligned, so the text markers line up with the numbers.</summary>
    public static SheetColumn Number(string header, double width, string format) => new(header, width, format);

    /// <summary>A date column.</summary>
    public static SheetColumn Date(string header, double width = 11) => new(header, width, WorkbookFormats.Date);

    /// <summary>Whether the column holds numbers or dates (right-aligned).</summary>
    public bool IsNumeric => Format is not null;
}
