namespace Osmo.Analytics.Reference;

/// <summary>A code with names in three languages (reference files <c>target_groups</c> and <c>services</c>).</summary>
public sealed record CodeName(string Code, string NameFi, string NameSv, string NameEn);
