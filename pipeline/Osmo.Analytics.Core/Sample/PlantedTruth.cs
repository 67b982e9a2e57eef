namespace Osmo.Analytics.Sample;

/// <summary>A fact deliberately built into generated data, so later stages have something true to find.
/// Grain: one planted gap (or strength) per municipality, optionally per target group.</summary>
/// <param name="Kind">What was planted, snake_case (e.g. <c>late_assessments</c>, <c>unreached_group</c>).</param>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="TargetGroup">Target group code, or null when it is about the whole municipality.</param>
/// <param name="ExpectedFlag">The flag rule id (spec/indicators.md) the gap should raise on r12 at the period, or null
/// (e.g. for a well-served municipality or a planted data property such as missing attendance).</param>
/// <param name="Description">How the data was shaped, in plain English.</param>
public sealed record PlantedTruth(string Kind, string MunicipalityCode, string? TargetGroup, string? ExpectedFlag, string Description);
