using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary><c>meter_changes.parquet</c>: change from baseline to follow-up per meter and domain. Grain: period month x
/// window x level keys x meter x domain. Written from published (disclosure-controlled) rows only.</summary>
public static class MeterChangeParquetTable
{
    /// <summary>Table name.</summary>
    public const string TableName = "meter_changes";

    /// <summary>File name.</summary>
    public const string FileName = "meter_changes.parquet";

    private static readonly ParquetTableWriter<PublishedMeterChange> Writer = new ParquetTableBuilder<PublishedMeterChange>(TableName)
        .Date("period", r => r.Period, nullable: false, "First day of the month the window ends in.")
        .Utf8("window", r => r.Window, nullable: false, "month or r12.")
        .Utf8("level", r => r.Level, nullable: false, "municipality_x_target_group, municipality, county_x_target_group, county or all.")
        .Utf8("wellbeing_county", r => r.WellbeingCounty, nullable: true, "Wellbeing services county code; null at level all.")
        .Utf8("municipality_code", r => r.MunicipalityCode, nullable: true, "Municipality code as text; null above municipality level.")
        .Utf8("target_group", r => r.TargetGroup, nullable: true, "Target group code (through the baseline's case); null except at *_x_target_group levels.")
        .Utf8("meter", r => r.Meter, nullable: false, "Meter: KYKYVIISARI, AVHV or ESY.")
        .Utf8("domain", r => r.Domain, nullable: false, "Domain of the meter (reference meters).")
        .Int64("n", r => r.N, nullable: true, "Clients with a baseline and a follow-up at least follow_up_min_days later; null when suppressed.")
        .Double("mean_change", r => r.MeanChange, nullable: true, "Mean of latest follow-up minus baseline, signed so that positive = better; null when suppressed.")
        .Double("sd", r => r.Sd, nullable: true, "Standard deviation of the change.")
        .Double("ci_low", r => r.CiLow, nullable: true, "Lower bound of the 95 % t interval of the mean.")
        .Double("ci_high", r => r.CiHigh, nullable: true, "Upper bound of the 95 % t interval of the mean.")
        .Int64("improved_n", r => r.ImprovedN, nullable: true, "Clients whose change is positive; null when suppressed.")
        .Double("improved_pct", r => r.ImprovedPct, nullable: true, "Share of clients whose change is positive, 0-100; null when suppressed.")
        .Double("improved_ci_low", r => r.ImprovedCiLow, nullable: true, "Lower bound of the Wilson interval of improved_pct.")
        .Double("improved_ci_high", r => r.ImprovedCiHigh, nullable: true, "Upper bound of the Wilson interval of improved_pct.")
        .Boolean("suppressed", r => r.IsSuppressed, nullable: false, "True when disclosure control hides the row (n, the improved count or its complement is 1-4, or a partner hidden so that no hidden count can be worked out from the totals): every number of the row is null.")
        .Boolean("improved_suppressed", r => r.IsImprovedSuppressed, nullable: false, "Kept for compatibility: equals suppressed (the row is shown or hidden as one cell).")
        .Build();

    /// <summary>Data dictionary rows of this table.</summary>
    public static IReadOnlyList<DataDictionaryEntry> Describe() => Writer.Describe();

    /// <summary>Writes the table; rows are sorted by their key first so the bytes do not depend on input order.</summary>
    public static Task WriteAsync(string path, IEnumerable<PublishedMeterChange> rows, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var sorted = rows
            .OrderBy(r => r.Period).ThenBy(r => r.Window, StringComparer.Ordinal).ThenBy(r => r.Level, StringComparer.Ordinal)
            .ThenBy(r => r.WellbeingCounty, StringComparer.Ordinal).ThenBy(r => r.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(r => r.TargetGroup, StringComparer.Ordinal).ThenBy(r => r.Meter, StringComparer.Ordinal).ThenBy(r => r.Domain, StringComparer.Ordinal);
        return Writer.WriteAsync(path, sorted, metadata.ToKeyValues("published"), cancellationToken);
    }
}
