using System.Globalization;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>A reference file is missing, unreadable or has a bad row. Reference data is curated, so a bad row is
/// rejected with its place named, never quarantined: the message names the file, line and column.</summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public ReferenceDataException()
        : this("The reference data cannot be loaded.")
    {
    }

    /// <summary>Creates the exception with a message and no file position.</summary>
    public ReferenceDataException(string message)
        : base(message)
    {
        File = string.Empty;
        Column = string.Empty;
    }

    /// <summary>Creates the exception with a message, no file position, and its cause.</summary>
    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Column = string.Empty;
    }

    /// <summary>Creates the exception for a position in a reference file.</summary>
    /// <param name="file">Manifest name of the file, <c>reference/&lt;file name&gt;</c>.</param>
    /// <param name="line">Physical line (header = line 1 of the file), or 0 for the file as a whole.</param>
    /// <param name="column">Column name, or empty for the row or file as a whole.</param>
    /// <param name="problem">What is wrong, as a plain-English sentence.</param>
    /// <param name="innerException">The underlying failure, or null.</param>
    public ReferenceDataException(string file, int line, string column, string problem, Exception? innerException = null)
        : base(Compose(file, line, column, problem), innerException)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Manifest name of the file (<c>reference/municipalities.csv</c>), or empty.</summary>
    public string File { get; }

    /// <summary>Physical line of the bad row, or 0.</summary>
    public int Line { get; }

    /// <summary>Column name, or empty.</summary>
    public string Column { get; }

    private static string Compose(string file, int line, string column, string problem)
    {
        var where = file;
        if (line > 0)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", line {line}");
        }

        if (column.Length > 0)
        {
            where += $", column {column}";
        }

        return $"Reference file {where}: {problem}";
    }
}
