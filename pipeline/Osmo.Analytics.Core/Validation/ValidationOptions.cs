namespace Osmo.Analytics.Validation;

/// <summary>Settings every validator reads.</summary>
public sealed record ValidationOptions
{
    /// <summary>The day the data was exported (<c>--export-date</c>). Any date after it is <c>future_date</c>.</summary>
    /// <value>Required; the CLI defaults it to today, validation never reads the clock.</value>
    public required DateOnly ExportDate { get; init; }

    /// <summary>About how many rows the file to validate has, when the caller can tell (for example from its size).
    /// Only sizes the duplicate-row table up front, which spares its rehashing at national scale; what is counted does
    /// not depend on it.</summary>
    /// <value>Default 0: the table starts small and grows as rows come.</value>
    public int ExpectedRows { get; init; }
}
