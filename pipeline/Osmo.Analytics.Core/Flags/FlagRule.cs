namespace Osmo.Analytics.Flags;

/// <summary>One flag rule of the catalog. Grain: one row per rule id.</summary>
/// <param name="Id">Rule id (<c>SG_PLAN_MISSING</c>).</param>
/// <param name="NameFi">Finnish name.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionFi">When the rule is raised, in Finnish, with the configured thresholds.</param>
/// <param name="DefinitionEn">When the rule is raised, in English, with the configured thresholds.</param>
/// <param name="Severity">How severity is decided, in English.</param>
/// <param name="IndicatorId">The indicator the rule reads, or null.</param>
public sealed record FlagRule(
    string Id, string NameFi, string NameSv, string NameEn, string DefinitionFi, string DefinitionEn, string Severity, string? IndicatorId);
