namespace Osmo.Analytics.Reference;

/// <summary>A municipality of the reference file <c>municipalities</c>. Grain: one row per Statistics Finland code.</summary>
/// <param name="Code">3-digit Statistics Finland code kept as text (<c>005</c> Alajärvi).</param>
/// <param name="NameFi">Finnish name.</param>
/// <param name="NameSv">Swedish name (same as Finnish where there is none).</param>
/// <param name="Subregion">Sub-region (seutukunta) name.</param>
/// <param name="WellbeingCounty">Wellbeing services county (hyvinvointialue) code.</param>
/// <param name="Population18To64">Residents aged 18-64 (public statistics, source and year in the file's README).</param>
public sealed record Municipality(string Code, string NameFi, string NameSv, string Subregion, string WellbeingCounty, int Population18To64);
