using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>An export found in the input folder.</summary>
/// <param name="Kind">Which export it is, from its file stem.</param>
/// <param name="Path">Full path of the file.</param>
public sealed record InputFile(SourceKind Kind, string Path)
{
    /// <summary>The file name with extension, as it appears in the manifest and quarantine.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
