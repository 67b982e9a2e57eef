using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Osmo.Analytics.Indicators;

/// <summary>The one catalog of every indicator: ids, names in Finnish, Swedish and English, definitions,
/// numerators, denominators, units, directions and source files. Reports, the Excel <c>Määritelmät</c> sheet,
/// <c>osmo catalog</c> and DATA_DICTIONARY.md all print it from here.</summary>
/// <remarks>
/// Entries live in partial files by family (<c>IndicatorCatalog.Cases.cs</c>, <c>.Meters.cs</c>, <c>.Groups.cs</c>,
/// <c>.Supply.cs</c>). Bump <see cref="Version"/> whenever a definition changes meaning, so that Parquet files
/// of different runs can be told apart (the version goes into the Parquet key-value metadata).
/// The timeliness limits (7 working days, 3 months) are a local service standard, not the Social Welfare
/// Act § 36 deadline, which covers only some groups; both are configuration (<see cref="IndicatorOptions"/>).
/// </remarks>
public static partial class IndicatorCatalog
{
    private static readonly ImmutableArray<string> AllLevels = [.. IndicatorLevels.Computed];

    private static readonly ImmutableArray<string> MunicipalityAndAbove =
        [IndicatorLevels.Municipality, IndicatorLevels.County, IndicatorLevels.PeerGroup, IndicatorLevels.All];

    private static readonly ImmutableArray<string> MunicipalityOnly = [IndicatorLevels.Municipality];

    // The meter_changes table has no peer-group rows (it has no peer_group column).
    private static readonly ImmutableArray<string> MeterChangeLevels =
    [
        IndicatorLevels.MunicipalityXTargetGroup, IndicatorLevels.Municipality, IndicatorLevels.CountyXTargetGroup, IndicatorLevels.County,
        IndicatorLevels.All,
    ];

    /// <summary>Catalog version, written with every output.</summary>
    public const string Version = "1.1.0";

    /// <summary>Every indicator in catalog order (family, then the order of the spec tables).</summary>
    public static ImmutableArray<IndicatorDefinition> All { get; } =
        [.. new[] { CaseProcessIndicators(), MeterIndicators(), GroupIndicators(), ParticipationIndicators(), SupplyIndicators() }
            .SelectMany(family => family)
            .Select(WithSharedCount)];

    // Declared after All: static initialisers run in text order and this one reads All.
    private static readonly FrozenDictionary<string, IndicatorDefinition> ById =
        All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The definition of <paramref name="id"/>, or null when there is none.</summary>
    public static IndicatorDefinition? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The definition of <paramref name="id"/>; throws for an id not in the catalog (a bug).</summary>
    public static IndicatorDefinition Get(string id) =>
        ById.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"Indicator '{id}' is not in the catalog.");

    /// <summary>Wire code of a family (<c>case_process</c>).</summary>
    public static string Code(IndicatorFamily family) => family switch
    {
        IndicatorFamily.CaseProcess => "case_process",
        IndicatorFamily.Meters => "meters",
        IndicatorFamily.GroupActivities => "group_activities",
        IndicatorFamily.ParticipationStructures => "participation_structures",
        IndicatorFamily.LowThresholdSupply => "low_threshold_supply",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    /// <summary>Wire code of a direction (<c>higher_is_better</c>).</summary>
    public static string Code(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Neutral => "neutral",
        IndicatorDirection.HigherIsBetter => "higher_is_better",
        IndicatorDirection.LowerIsBetter => "lower_is_better",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    private static IndicatorDefinition Def(
        string id,
        IndicatorFamily family,
        (string Fi, string Sv, string En) name,
        (string Fi, string En) definition,
        string numerator,
        string? denominator,
        string unit,
        IndicatorDirection direction,
        string sources,
        ImmutableArray<string>? levels = null,
        string table = "indicators") =>
        new(id, family, name.Fi, name.Sv, name.En, definition.Fi, definition.En, numerator, denominator, unit, direction,
            [.. sources.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            levels ?? AllLevels, table);
}
