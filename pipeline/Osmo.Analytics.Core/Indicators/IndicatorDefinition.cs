using System.Collections.Immutable;

namespace Osmo.Analytics.Indicators;

/// <summary>One catalog entry: everything a reader needs to know about an indicator. Grain: one row per indicator id.</summary>
/// <param name="Id">Stable snake_case id used in every output (<c>client_plan_pct</c>).</param>
/// <param name="Family">Indicator family.</param>
/// <param name="NameFi">Finnish name.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionFi">Definition in Finnish.</param>
/// <param name="DefinitionEn">Definition in English.</param>
/// <param name="Numerator">What the numerator counts (for counts: what is counted).</param>
/// <param name="Denominator">What the denominator counts, or null for counts and yes/no values.</param>
/// <param name="Unit">Unit of the value as written to <see cref="IndicatorValue.Unit"/> (<c>pct</c>, <c>client</c>, <c>per_1000</c>...).</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="SourceFiles">Input and reference files the indicator reads (<c>cases</c>, <c>reference/need_reference</c>).</param>
/// <param name="Levels">Levels the indicator is published at.</param>
/// <param name="Table">Output table holding it: <c>indicators</c>, or <c>meter_changes</c> for the per-domain meter results.</param>
public sealed record IndicatorDefinition(
    string Id,
    IndicatorFamily Family,
    string NameFi,
    string NameSv,
    string NameEn,
    string DefinitionFi,
    string DefinitionEn,
    string Numerator,
    string? Denominator,
    string Unit,
    IndicatorDirection Direction,
    ImmutableArray<string> SourceFiles,
    ImmutableArray<string> Levels,
    string Table)
{
    /// <summary>The count of another indicator that this one publishes as its numerator or denominator, or null.</summary>
    public SharedCount? SameCount { get; init; }
}
