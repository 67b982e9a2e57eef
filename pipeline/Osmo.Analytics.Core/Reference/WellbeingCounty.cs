namespace Osmo.Analytics.Reference;

/// <summary>A wellbeing services county (hyvinvointialue) of the reference file <c>wellbeing_counties</c>.</summary>
/// <param name="Code">County code as text.</param>
/// <param name="NameFi">Finnish name.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
public sealed record WellbeingCounty(string Code, string NameFi, string NameSv, string NameEn);
