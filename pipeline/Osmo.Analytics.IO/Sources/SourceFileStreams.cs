namespace Osmo.Analytics.IO.Sources;

/// <summary>Opens input files the way every reader here does.</summary>
internal static class SourceFileStreams
{
    /// <summary>Read buffer of the file stream; large sequential reads are what the sources do.</summary>
    public const int BufferSize = 1 << 16;

    /// <summary>Opens <paramref name="path"/> for sequential reading.</summary>
    /// <remarks><see cref="FileShare.ReadWrite"/>: a coordinator often still has the export open in Excel, which holds a
    /// write handle; we only read, so sharing it is safe and saves a confusing "file in use" failure.</remarks>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, BufferSize, FileOptions.SequentialScan);
}
