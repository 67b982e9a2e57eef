using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>The researchers' long indicator table <c>indicators.parquet</c> (spec/outputs.md, Parquet).
/// Grain: one row per period x window x level x level keys x indicator, sorted by that key.</summary>
/// <remarks>
/// The published file takes only <see cref="PublishedIndicator"/>s, the restricted one only
/// <see cref="RestrictedIndicator"/>s: disclosure control cannot be skipped by accident. Both have the same
/// columns, so a researcher with access to both can swap one for the other.
/// Column names, order and types are a contract across runs (<c>union_by_name</c> over months): add columns at
/// the end, never rename or retype.
/// </remarks>
public static class IndicatorParquetTable
{
    /// <summary>Table name in the data dictionary.</summary>
    public const string TableName = "indicators";

    /// <summary>File name in <c>parquet/</c> (and <c>restricted/</c>).</summary>
    public const string FileName = "indicators.parquet";

    /// <summary>The table's columns as data dictionary entries.</summary>
    public static IReadOnlyList<DataDictionaryEntry> Describe() =>
        CreateWriter<PublishedIndicator>(new Dictionary<string, string>()).Describe();

    /// <summary>Writes published (suppressed) rows, sorted by the table key, to a new file.</summary>
    /// <param name="path">File path (replaced when it exists).</param>
    /// <param name="rows">Rows from <see cref="IndicatorDisclosure.Suppress(IReadOnlyList{Indicators.IndicatorValue}, DisclosureOptions)"/>.</param>
    /// <param name="municipalityNames">Municipality code to Finnish name, for <c>municipality_name</c>.</param>
    /// <param name="metadata">Footer metadata.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsync(
        string path,
        IEnumerable<PublishedIndicator> rows,
        IReadOnlyDictionary<string, string> municipalityNames,
        ParquetFileMetadata metadata,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return CreateWriter<PublishedIndicator>(municipalityNames)
            .WriteAsync(path, IndicatorRowComparer<PublishedIndicator>.Sort(rows), metadata.ToKeyValues("published"), cancellationToken);
    }

    /// <summary>Writes published (suppressed) rows, sorted by the table key, to a writable, seekable stream.</summary>
    public static Task WriteAsync(
        Stream output,
        IEnumerable<PublishedIndicator> rows,
        IReadOnlyDictionary<string, string> municipalityNames,
        ParquetFileMetadata metadata,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return CreateWriter<PublishedIndicator>(municipalityNames)
            .WriteAsync(output, IndicatorRowComparer<PublishedIndicator>.Sort(rows), metadata.ToKeyValues("published"), cancellationToken);
    }

    /// <summary>Writes unsuppressed rows for <c>--restricted</c> to a new file; <c>suppressed</c> tells what the
    /// published file hides. Never for reports or Excel.</summary>
    public static Task WriteRestrictedAsync(
        string path,
        IEnumerable<RestrictedIndicator> rows,
        IReadOnlyDictionary<string, string> municipalityNames,
        ParquetFileMetadata metadata,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return CreateWriter<RestrictedIndicator>(municipalityNames)
            .WriteAsync(path, IndicatorRowComparer<RestrictedIndicator>.Sort(rows), metadata.ToKeyValues("restricted"), cancellationToken);
    }

    /// <summary>Writes unsuppressed rows for <c>--restricted</c> to a writable, seekable stream.</summary>
    public static Task WriteRestrictedAsync(
        Stream output,
        IEnumerable<RestrictedIndicator> rows,
        IReadOnlyDictionary<string, string> municipalityNames,
        ParquetFileMetadata metadata,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return CreateWriter<RestrictedIndicator>(municipalityNames)
            .WriteAsync(output, IndicatorRowComparer<RestrictedIndicator>.Sort(rows), metadata.ToKeyValues("restricted"), cancellationToken);
    }

    private static ParquetTableWriter<T> CreateWriter<T>(IReadOnlyDictionary<string, string> municipalityNames)
        where T : IDisclosedIndicator
    {
        ArgumentNullException.ThrowIfNull(municipalityNames);
        return new ParquetTableBuilder<T>(TableName)
            .Date("period", r => r.Period, nullable: false, "First day of the month the window ends in.")
            .Utf8("window", r => r.Window, nullable: false, "month = the calendar month; r12 = the 12 months ending at period.")
            .Utf8("level", r => r.Level, nullable: false,
                "municipality_x_target_group, municipality, county_x_target_group, county, peer_group_x_target_group, peer_group or all.")
            .Utf8("wellbeing_county", r => r.WellbeingCounty, nullable: true, "Wellbeing services county code (text); null at the peer-group levels and at level all.")
            .Utf8("municipality_code", r => r.MunicipalityCode, nullable: true,
                "Statistics Finland municipality code as text (005 stays 005); null above municipality level.")
            .Utf8("municipality_name", r => r.MunicipalityCode is { } code ? municipalityNames.GetValueOrDefault(code) : null, nullable: true,
                "Finnish municipality name; null above municipality level.")
            .Utf8("target_group", r => r.TargetGroup, nullable: true, "Target group code; null except at *_x_target_group levels.")
            .Utf8("indicator_id", r => r.IndicatorId, nullable: false, "Indicator id from the catalog (client_plan_pct).")
            .Int64("numerator", r => r.Numerator, nullable: true, "Numerator; for counts the count itself. Null when suppressed.")
            .Int64("denominator", r => r.Denominator, nullable: true, "Denominator (n for means); null for counts and when suppressed.")
            .Double("value", r => r.Value, nullable: true,
                "The value: percentages as 0-100. Null when suppressed or when there is no data (zero denominator).")
            .Double("ci_low", r => r.CiLow, nullable: true, "Lower bound of the 95 % interval (Wilson for shares); null when suppressed or undefined.")
            .Double("ci_high", r => r.CiHigh, nullable: true, "Upper bound of the 95 % interval; null when suppressed or undefined.")
            .Boolean("suppressed", r => r.IsSuppressed, nullable: false,
                "True when disclosure control hides the cell (a count, numerator, denominator or complement of 1-4, or a mean of n < 5): "
                + "in the published file its numbers are null; in a restricted file they are shown.")
            .Utf8("unit", r => r.Unit, nullable: false, "Unit from the catalog (case, client, pct...).")
            .Utf8("peer_group", r => r.PeerGroup, nullable: true,
                "Peer group id (P1...) of a peer-group row, and of a municipality (x target group) row its municipality's peer group (k-means on "
                + "structural features, see the flags documentation); null otherwise and when peer groups are off. Last column, "
                + "so that files of runs without it still line up.")
            .Build();
    }
}
