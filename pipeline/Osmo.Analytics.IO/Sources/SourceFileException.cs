namespace Osmo.Analytics.IO.Sources;

/// <summary>An input file or folder cannot be read at all (missing, locked, corrupt, no header). The message is plain
/// English for the coordinator and names the file; the library failure, if any, is the inner exception.</summary>
public sealed class SourceFileException : Exception
{
    /// <summary>Creates the exception with an empty file name.</summary>
    public SourceFileException()
        : this(string.Empty, "The input file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message that does not name a file.</summary>
    public SourceFileException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message that does not name a file, and its cause.</summary>
    public SourceFileException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The file or folder concerned.</param>
    /// <param name="message">Complete plain-English message; it should name the file.</param>
    /// <param name="innerException">The underlying failure, or null.</param>
    public SourceFileException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file or folder concerned (as given by the caller), or empty.</summary>
    public string Path { get; }

    /// <summary>The file name part of <see cref="Path"/>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    internal static SourceFileException CannotRead(string path, Exception e)
    {
        var name = System.IO.Path.GetFileName(path);
        var message = e switch
        {
            FileNotFoundException => $"Input file '{name}' was not found ({path}).",
            DirectoryNotFoundException => $"Input file '{name}' was not found: its folder does not exist ({path}).",
            UnauthorizedAccessException => $"Input file '{name}' cannot be opened: permission denied ({path}).",
            _ => $"Input file '{name}' cannot be read; is it open in another program? ({e.Message})",
        };
        return new SourceFileException(path, message, e);
    }
}
