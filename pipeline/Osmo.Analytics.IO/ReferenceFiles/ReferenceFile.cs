namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>A reference file a run used, for the run manifest's input list.</summary>
/// <param name="Name">Manifest name: <c>reference/&lt;file name&gt;</c> (<c>reference/municipalities.csv</c>).</param>
/// <param name="Path">Full path of the file read.</param>
/// <param name="Sha256">SHA-256 of the file, 64 lower-case hex digits.</param>
/// <param name="Length">File size in bytes.</param>
/// <param name="IsOverride">True when it came from the override folder rather than the shipped defaults.</param>
public sealed record ReferenceFile(string Name, string Path, string Sha256, long Length, bool IsOverride);
