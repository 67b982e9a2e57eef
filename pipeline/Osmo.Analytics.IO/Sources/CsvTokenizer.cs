using System.Buffers;

namespace Osmo.Analytics.IO.Sources;

/// <summary>RFC 4180 tokenizer over a <see cref="TextReader"/>: splits records into raw cells and tracks physical lines.</summary>
/// <remarks>
/// Hand-written for speed: a large char buffer scanned with vectorised <c>IndexOfAny</c>; the only allocations per
/// record are the cell strings, and a cell equal to the same column's cell of the previous record reuses that string.
/// Exports repeat ids down a column (a meter export has one row per domain, so measurement, client and case ids,
/// municipality, meter and date repeat 5-9 times): sharing the instance saves most of the allocation and, since the
/// validated records keep these strings, most of the memory they hold (measured: national sample, issue 4). Line ends are CRLF, LF or a lone CR, inside quotes too (kept verbatim in the cell).
/// Lenient where RFC 4180 is strict: a quote inside an unquoted cell is literal (<c>12"</c>), and text after a closing
/// quote joins the cell (<c>"ab"c</c> = <c>abc</c>). Empty lines and comment lines between records are skipped here.
/// </remarks>
internal sealed class CsvTokenizer
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly List<string> _cells = new(32);
    private string[] _previous = new string[32];
    private readonly char? _comment;
    private SearchValues<char> _unquotedStops = SearchValues.Create(";\r\n");
    private readonly SearchValues<char> _quotedStops = SearchValues.Create("\"\r\n");
    private char[] _field = new char[256];
    private int _fieldLength;
    private int _pos;
    private int _length;
    private bool _eof;
    private char _delimiter = ';';

    // The physical line of the next unread char (1-based).
    private int _line = 1;

    // The last char consumed was a CR that ended a line: an LF right after it belongs to the same line end.
    private bool _afterCr;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    public CsvTokenizer(TextReader reader, char? comment)
    {
        _reader = reader;
        _comment = comment;
        Fill();
        // A BOM char the decoder left in (it should not, but a doubled BOM happens in concatenated exports).
        if (_length > 0 && _buffer[0] == '\uFEFF')
        {
            _pos = 1;
        }
    }

    /// <summary>The delimiter; set it before the first <see cref="TryReadRecord"/>.</summary>
    public char Delimiter
    {
        get => _delimiter;
        set
        {
            _delimiter = value;
            _unquotedStops = SearchValues.Create([value, '\r', '\n']);
        }
    }

    /// <summary>The line where the last quoted cell opened (names an unterminated quote).</summary>
    public int QuoteLine { get; private set; }

    /// <summary>The cells of the last record read; reused by the next call.</summary>
    public List<string> Cells => _cells;

    /// <summary>The chars read so far but not consumed (at the start: the first buffer), for delimiter detection.</summary>
    public ReadOnlySpan<char> Buffered => _buffer.AsSpan(_pos, _length - _pos);

    /// <summary>Reads the next record into <see cref="Cells"/>.</summary>
    /// <param name="line">Physical line where the record starts.</param>
    /// <param name="unterminated">The file ended inside a quoted cell; the cells hold what was read.</param>
    /// <returns>False at the end of the file.</returns>
    public bool TryReadRecord(out int line, out bool unterminated)
    {
        line = 0;
        unterminated = false;
        if (!SkipToRecordStart())
        {
            return false;
        }

        line = _line;
        _cells.Clear();
        _fieldLength = 0;
        var state = State.FieldStart;
        while (true)
        {
            if (_pos >= _length && !Fill())
            {
                unterminated = state == State.Quoted;
                EndField();
                return true;
            }

            switch (state)
            {
                case State.FieldStart:
                    if (_buffer[_pos] == '"')
                    {
                        QuoteLine = _line;
                        _pos++;
                        _afterCr = false;
                        state = State.Quoted;
                    }
                    else
                    {
                        state = State.Unquoted;
                    }

                    break;

                case State.Unquoted:
                {
                    var span = _buffer.AsSpan(_pos, _length - _pos);
                    var i = span.IndexOfAny(_unquotedStops);
                    if (i < 0)
                    {
                        Append(span);
                        _pos = _length;
                        break;
                    }

                    var stop = span[i];
                    if (_fieldLength == 0)
                    {
                        // Common case: the whole cell is in the buffer, so no copy through the field buffer.
                        AddCell(span[..i]);
                    }
                    else
                    {
                        Append(span[..i]);
                        EndField();
                    }

                    _pos += i + 1;
                    if (stop == _delimiter)
                    {
                        state = State.FieldStart;
                        break;
                    }

                    EndLine(stop);
                    return true;
                }

                case State.Quoted:
                {
                    var span = _buffer.AsSpan(_pos, _length - _pos);
                    var i = span.IndexOfAny(_quotedStops);
                    if (i != 0)
                    {
                        _afterCr = false;
                    }

                    if (i < 0)
                    {
                        Append(span);
                        _pos = _length;
                        break;
                    }

                    Append(span[..i]);
                    var stop = span[i];
                    _pos += i + 1;
                    if (stop == '"')
                    {
                        _afterCr = false;
                        state = State.QuoteInQuoted;
                        break;
                    }

                    Append(stop);
                    if (stop == '\r' || !_afterCr)
                    {
                        _line++;
                    }

                    _afterCr = stop == '\r';
                    break;
                }

                case State.QuoteInQuoted:
                {
                    var c = _buffer[_pos];
                    if (c == '"')
                    {
                        // A doubled quote inside quotes is one literal quote.
                        Append('"');
                        _pos++;
                        state = State.Quoted;
                    }
                    else if (c == _delimiter)
                    {
                        _pos++;
                        EndField();
                        state = State.FieldStart;
                    }
                    else if (c is '\r' or '\n')
                    {
                        _pos++;
                        EndField();
                        EndLine(c);
                        return true;
                    }
                    else
                    {
                        state = State.Unquoted;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Skips empty lines and comment lines; false at the end of the file.</summary>
    private bool SkipToRecordStart()
    {
        while (true)
        {
            if (_pos >= _length && !Fill())
            {
                return false;
            }

            var c = _buffer[_pos];
            if (c == '\n' && _afterCr)
            {
                _pos++;
                _afterCr = false;
                continue;
            }

            _afterCr = false;
            if (c is '\r' or '\n')
            {
                _pos++;
                EndLine(c);
                continue;
            }

            if (c != _comment)
            {
                return true;
            }

            SkipRestOfLine();
        }
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            if (_pos >= _length && !Fill())
            {
                return;
            }

            var i = _buffer.AsSpan(_pos, _length - _pos).IndexOfAny('\r', '\n');
            if (i < 0)
            {
                _pos = _length;
                continue;
            }

            var c = _buffer[_pos + i];
            _pos += i + 1;
            EndLine(c);
            return;
        }
    }

    private void EndLine(char lineEnd)
    {
        _line++;
        _afterCr = lineEnd == '\r';
    }

    private void EndField()
    {
        AddCell(_field.AsSpan(0, _fieldLength));
        _fieldLength = 0;
    }

    /// <summary>Adds a cell, reusing the previous record's string of the same column when the text is equal.</summary>
    private void AddCell(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            _cells.Add(string.Empty);
            return;
        }

        var column = _cells.Count;
        if (column >= _previous.Length)
        {
            Array.Resize(ref _previous, column * 2);
        }

        var previous = _previous[column];
        if (previous is null || !text.SequenceEqual(previous))
        {
            previous = new string(text);
            _previous[column] = previous;
        }

        _cells.Add(previous);
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (_fieldLength + chars.Length > _field.Length)
        {
            Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLength + chars.Length));
        }

        chars.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += chars.Length;
    }

    private void Append(char c)
    {
        if (_fieldLength == _field.Length)
        {
            Array.Resize(ref _field, _field.Length * 2);
        }

        _field[_fieldLength++] = c;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        _pos = 0;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _eof = _length == 0;
        return !_eof;
    }
}
