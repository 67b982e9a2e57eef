namespace Osmo.Analytics.IO.Manifest;

/// <summary>One file the run wrote, path relative to the period folder with <c>/</c> separators.</summary>
public sealed record OutputFileEntry(string Path, string Sha256, long Bytes);
