namespace Osmo.Analytics.Validation;

/// <summary>Settings every validator reads.</summary>
public sealed record ValidationOptions
{
    /// <summary>The day the data was exported (<c>--export-date</c>). Any date after it is <c>future_date</c>.</summary>
    /// <value>Required; the CLI defaults it to today, validation never reads the clock.</value>
    public required DateOnly ExportDate { get; init; }
}
