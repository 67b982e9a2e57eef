namespace Osmo.Analytics.IO.Sources;

/// <summary>Opens an input file with the reader its extension calls for.</summary>
public static class SourceFile
{
    /// <summary>Extensions read as delimited text (compared case-insensitively).</summary>
    public static readonly IReadOnlyList<string> CsvExtensions = [".csv", ".txt", ".tsv"];

    /// <summary>Opens <paramref name="path"/>: <c>.csv</c>, <c>.txt</c> and <c>.tsv</c> as CSV (delimiter detected,
    /// whatever the extension), <c>.xlsx</c> as a workbook. The header is read; records stream from
    /// <see cref="ISourceReader.Records"/>.</summary>
    /// <exception cref="SourceFileException">Unsupported extension, or the file cannot be read (see the readers).</exception>
    public static ISourceReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return XlsxSource.Open(path);
        }

        foreach (var csv in CsvExtensions)
        {
            if (extension.Equals(csv, StringComparison.OrdinalIgnoreCase))
            {
                return CsvSource.Open(path);
            }
        }

        var name = Path.GetFileName(path);
        var message = extension.ToUpperInvariant() switch
        {
            ".XLS" => $"Input file '{name}' is in the old Excel 97-2003 format; save it as .xlsx (Excel workbook) or CSV.",
            ".XLSM" or ".XLSB" => $"Input file '{name}' is a macro or binary workbook; save it as .xlsx (Excel workbook) or CSV.",
            _ => $"Input file '{name}' is neither CSV nor XLSX; the pipeline reads .csv and .xlsx files.",
        };
        throw new SourceFileException(path, message);
    }
}
