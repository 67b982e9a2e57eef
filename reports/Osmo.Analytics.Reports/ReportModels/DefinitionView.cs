namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A catalog entry as printed in the method section.</summary>
internal sealed record DefinitionView(string Id, string Name, string Definition, string Direction, string Sources);
