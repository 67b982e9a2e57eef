using Osmo.Analytics.Flags;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>The flag table <c>flags.parquet</c>: one row per flag (rule x level keys x group ids) at the period,
/// sorted by severity (high, medium, info), rule (catalog order), municipality code, target group and group ids.</summary>
/// <remarks>
/// Flags are published output: their numbers come from disclosure-controlled values only (the detector's contract),
/// so there is no restricted variant. Column names, order and types are a contract across runs
/// (<c>union_by_name</c> over months): add columns at the end, never rename or retype.
/// </remarks>
public static class FlagParquetTable
{
    /// <summary>Table name in the data dictionary.</summary>
    public const string TableName = "flags";

    /// <summary>File name in <c>parquet/</c>.</summary>
    public const string FileName = "flags.parquet";

    private static readonly ParquetTableWriter<Flag> Writer = CreateWriter();

    /// <summary>The table's columns as data dictionary entries.</summary>
    public static IReadOnlyList<DataDictionaryEntry> Describe() => Writer.Describe();

    /// <summary>Writes the flags, sorted, to a new file (replaced when it exists).</summary>
    public static Task WriteAsync(string path, IEnumerable<Flag> flags, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Writer.WriteAsync(path, Sort(flags), metadata.ToKeyValues("published"), cancellationToken);
    }

    /// <summary>Writes the flags, sorted, to a writable, seekable stream.</summary>
    public static Task WriteAsync(Stream output, IEnumerable<Flag> flags, ParquetFileMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Writer.WriteAsync(output, Sort(flags), metadata.ToKeyValues("published"), cancellationToken);
    }

    private static List<Flag> Sort(IEnumerable<Flag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var rules = FlagRuleIds.All.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var list = flags.ToList();

        // Stable and total: the detector's own order, with the remaining columns as tie-breakers.
        return [.. list
            .OrderBy(f => FlagSeverities.Rank(f.Severity))
            .ThenBy(f => rules.GetValueOrDefault(f.Rule, int.MaxValue))
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(f => f.TargetGroup, StringComparer.Ordinal)
            .ThenBy(f => f.GroupIds, StringComparer.Ordinal)
            .ThenBy(f => f.Level, StringComparer.Ordinal)];
    }

    private static ParquetTableWriter<Flag> CreateWriter() =>
        new ParquetTableBuilder<Flag>(TableName)
            .Date("period", f => f.Period, nullable: false, "First day of the reported month.")
            .Utf8("rule", f => f.Rule, nullable: false, "Flag rule id (SG_* service gap, BS_* blind spot, AN_* profile outlier); see docs/flags.md.")
            .Utf8("level", f => f.Level, nullable: false, "municipality or municipality_x_target_group.")
            .Utf8("wellbeing_county", f => f.WellbeingCounty, nullable: false, "Wellbeing services county code (text).")
            .Utf8("municipality_code", f => f.MunicipalityCode, nullable: false, "Statistics Finland municipality code as text (005 stays 005).")
            .Utf8("target_group", f => f.TargetGroup, nullable: true, "Target group code at municipality_x_target_group level, else null.")
            .Utf8("group_ids", f => f.GroupIds, nullable: true, "Group ids joined with | for SG_GROUP_NO_PARTICIPANTS, else null.")
            .Utf8("severity", f => f.Severity, nullable: false, "high, medium or info.")
            .Utf8("indicator_id", f => f.IndicatorId, nullable: true, "The indicator the rule reads (catalog id); null for AN_PROFILE_OUTLIER.")
            .Double("value", f => f.Value, nullable: true,
                "The published r12 value the rule is about (percentages 0-100; counts for group and rehabilitation rules; the anomaly score for "
                + "AN_PROFILE_OUTLIER). Null when the cell is suppressed.")
            .Utf8("comparator_kind", f => f.ComparatorKind, nullable: true, "county, peer_group or threshold; null when no comparator may be quoted.")
            .Double("comparator_value", f => f.ComparatorValue, nullable: true, "The comparator's published value (county, or the pooled peer group), or the threshold.")
            .Int64("n", f => f.N, nullable: true, "The published denominator the rule judged (cases, people in need, planned sessions); null when suppressed.")
            .Utf8("statistic", f => f.Statistic, nullable: true, "Test statistic or interval (z = 2.31; 95 % CI 31.9-50.8; score 0.87 ...), invariant culture.")
            .Utf8("evidence_fi", f => f.EvidenceFi, nullable: false, "Plain-language evidence in Finnish (quotes published values only).")
            .Utf8("evidence_sv", f => f.EvidenceSv, nullable: false, "Evidence in Swedish.")
            .Utf8("evidence_en", f => f.EvidenceEn, nullable: false, "Evidence in English.")
            .Utf8("action_fi", f => f.ActionFi, nullable: false, "Proposed action (toimenpide-ehdotus) from the editable template, Finnish.")
            .Utf8("action_sv", f => f.ActionSv, nullable: false, "Proposed action, Swedish.")
            .Utf8("action_en", f => f.ActionEn, nullable: false, "Proposed action, English.")
            .Date("first_seen", f => f.FirstSeen, nullable: false, "First month of the unbroken run of report months, ending at period, in which the rule held.")
            .Int32("months_in_row", f => f.MonthsInRow, nullable: false, "Length of that run in months (1 = new this month).")
            .Utf8("peer_group", f => f.PeerGroupId, nullable: true, "The municipality's peer group id (P1...), null when peer groups are off.")
            .Double("peer_group_value", f => f.PeerGroupValue, nullable: true, "The peer group's pooled r12 value of indicator_id, when it may be quoted.")
            .Build();
}
