namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A link to another report of the set, with the flag counts shown beside it on the index.</summary>
internal sealed record LinkView(string Code, string Name, string Href, int High, int Medium, int Info);
