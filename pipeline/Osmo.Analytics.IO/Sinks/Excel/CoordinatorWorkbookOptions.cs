namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Settings of <see cref="CoordinatorWorkbook"/>.</summary>
public sealed record CoordinatorWorkbookOptions
{
    /// <summary>Default of <see cref="MaxIndicatorRows"/>.</summary>
    public const int DefaultMaxIndicatorRows = 25_000;

    /// <summary>The most data rows the <c>Indikaattorit</c> sheet may hold.</summary>
    /// <value>Default <see cref="DefaultMaxIndicatorRows"/> (25,000): a wellbeing county (about 10,000-15,000 rows) fits whole; a national run keeps the r12 rows of municipality level and above.</value>
    /// <remarks>ClosedXML 0.95 builds the whole workbook in memory and writes about 50,000-100,000 cells a second
    /// here, so the long sheet is bounded (<see cref="IndicatorSheetScope"/>): over the limit the target-group rows
    /// go first (the pivot sheet still has their r12 values), then the month window, then rows past the limit.
    /// The <c>Selite</c> sheet says which happened.</remarks>
    public int MaxIndicatorRows { get; init; } = DefaultMaxIndicatorRows;
}
