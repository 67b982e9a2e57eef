using System.Globalization;
using System.Text;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sinks.Quarantine;

/// <summary>Streams quarantined rows to <c>quarantine/quarantine.csv</c>.</summary>
/// <remarks>Columns <c>file,line,reason,column,detail,row_masked</c> as the contract fixes them; comma-delimited,
/// RFC 4180 quoting, UTF-8 without BOM so that DuckDB, pandas and spreadsheet imports read the header unchanged.
/// Rows arrive already masked (<see cref="RowIssue.RowMasked"/>); this writer adds nothing identifying.</remarks>
public sealed class QuarantineWriter : IDisposable
{
    /// <summary>The header line.</summary>
    public const string Header = "file,line,reason,column,detail,row_masked";

    private readonly StreamWriter _writer;
    private readonly string _path;

    /// <summary>Creates the file and writes the header.</summary>
    public QuarantineWriter(string path)
        : this(path, writeHeader: true)
    {
    }

    private QuarantineWriter(string path, bool writeHeader)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _writer = new StreamWriter(_path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        if (writeHeader)
        {
            _writer.WriteLine(Header);
        }
    }

    /// <summary>A writer for one input file's rows, validated on another thread; <see cref="AppendPart"/> adds its rows
    /// to this file in the order the parts are appended, so the output does not depend on thread timing.</summary>
    public QuarantineWriter CreatePart(string name) => new(_path + ".part-" + name, writeHeader: false);

    /// <summary>Appends a part's rows after the rows written so far and deletes the part.</summary>
    public void AppendPart(QuarantineWriter part)
    {
        ArgumentNullException.ThrowIfNull(part);
        part.Dispose();
        _writer.Flush();
        using (var source = File.OpenRead(part._path))
        {
            source.CopyTo(_writer.BaseStream);
        }

        _writer.BaseStream.Flush();
        Count += part.Count;
        File.Delete(part._path);
    }

    /// <summary>Rows written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Appends one quarantined row.</summary>
    public void Write(RowIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        WriteField(issue.File);
        _writer.Write(',');
        _writer.Write(issue.Line.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(issue.Reason.Code());
        _writer.Write(',');
        WriteField(issue.Column ?? string.Empty);
        _writer.Write(',');
        WriteField(issue.Detail);
        _writer.Write(',');
        WriteField(issue.RowMasked);
        _writer.Write('\n');
        Count++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void WriteField(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
