namespace Osmo.Analytics.IO.Sources;

/// <summary>A file or folder in the input folder that is not read, and why (for the run log).</summary>
/// <param name="Name">File or folder name.</param>
/// <param name="Reason">Plain-English reason, e.g. "not an export name" or "old .xls format: save it as .xlsx".</param>
public sealed record IgnoredInputFile(string Name, string Reason);
