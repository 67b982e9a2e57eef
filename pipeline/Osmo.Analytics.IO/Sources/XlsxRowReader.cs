using System.Globalization;
using System.Text;
using System.Xml;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Forward-only reader of one worksheet's rows: each row as its row number and cell texts placed by column.</summary>
/// <remarks>Cells are placed by their <c>r</c> reference, so the gaps of a sparse row stay empty strings in the right
/// columns; a cell without a reference follows the previous one, a row without a number follows the previous row.
/// Formula cells give their cached value (the <c>v</c> element); one without a cached value is empty.
/// The part's XML is read with <see cref="XmlReader"/>: the same streaming as the SDK's <c>OpenXmlReader</c> but
/// several times faster, since no typed element object is made per node (100 000 rows x 10 cells, whole source:
/// about 0.75 s against 2 s; the bare XML pass 0.35 s against 2.2 s).</remarks>
internal sealed class XlsxRowReader : IDisposable
{
    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;
    private readonly StringBuilder _inlineText = new();

    // Atomised element names: the reader's names come from the same table, so comparing references is enough.
    private readonly string _row;
    private readonly string _c;
    private readonly string _v;
    private readonly string _t;
    private readonly string _rPh;

    private int _lastRow;
    private int _column;

    // The reader already stands on the next node (ReadElementContentAsString moved it).
    private bool _advanced;

    public XlsxRowReader(Stream worksheet, List<string> sharedStrings, bool[] dateStyles, bool date1904)
    {
        _stream = worksheet;
        _xml = XmlReader.Create(worksheet, XlsxXml.Settings);
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
        _row = _xml.NameTable.Add("row");
        _c = _xml.NameTable.Add("c");
        _v = _xml.NameTable.Add("v");
        _t = _xml.NameTable.Add("t");
        _rPh = _xml.NameTable.Add("rPh");
    }

    /// <summary>Reads the next row element into <paramref name="cells"/> (length = last non-empty column + 1).</summary>
    /// <returns>False at the end of the sheet.</returns>
    public bool TryReadRow(List<string> cells, out int rowNumber)
    {
        cells.Clear();
        rowNumber = 0;
        while (Next())
        {
            if (_xml.NodeType != XmlNodeType.Element || !ReferenceEquals(_xml.LocalName, _row))
            {
                continue;
            }

            rowNumber = ReadNumber(_xml.GetAttribute("r"), _lastRow + 1);
            _lastRow = rowNumber;
            _column = -1;
            if (!_xml.IsEmptyElement)
            {
                ReadCells(cells);
            }

            return true;
        }

        return false;
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }

    private bool Next()
    {
        if (_advanced)
        {
            _advanced = false;
            return !_xml.EOF;
        }

        return _xml.Read();
    }

    private void ReadCells(List<string> cells)
    {
        while (Next())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(_xml.LocalName, _row))
            {
                return;
            }

            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _c))
            {
                ReadCell(cells);
            }
        }
    }

    private void ReadCell(List<string> cells)
    {
        var reference = _xml.GetAttribute("r");
        var column = reference is null ? -1 : XlsxCellText.Column(reference);
        _column = column >= 0 ? column : _column + 1;
        if (_xml.IsEmptyElement)
        {
            return;
        }

        var type = _xml.GetAttribute("t");
        var style = ReadNumber(_xml.GetAttribute("s"), 0);
        string? value = null;
        _inlineText.Clear();
        var phonetic = false;
        while (Next())
        {
            var node = _xml.NodeType;
            var name = _xml.LocalName;
            if (node == XmlNodeType.EndElement)
            {
                if (ReferenceEquals(name, _c))
                {
                    break;
                }

                phonetic &= !ReferenceEquals(name, _rPh);
            }
            else if (node == XmlNodeType.Element)
            {
                if (ReferenceEquals(name, _v))
                {
                    value = _xml.ReadElementContentAsString();
                    _advanced = true;
                }
                else if (ReferenceEquals(name, _t) && !phonetic)
                {
                    _inlineText.Append(_xml.ReadElementContentAsString());
                    _advanced = true;
                }
                else if (ReferenceEquals(name, _rPh) && !_xml.IsEmptyElement)
                {
                    phonetic = true;
                }
            }
        }

        var text = CellText(type, style, value);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        while (cells.Count <= _column)
        {
            cells.Add(string.Empty);
        }

        cells[_column] = text;
    }

    private string? CellText(string? type, int style, string? value)
    {
        switch (type)
        {
            case "inlineStr":
                return _inlineText.ToString();
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : value;
            case "b":
                return value is null ? null : XlsxCellText.Boolean(value);
            case "d":
                return value is null ? null : XlsxCellText.IsoDate(value);
            case "str" or "e":
                return value;
            default:
                if (string.IsNullOrEmpty(value))
                {
                    return null;
                }

                return style < _dateStyles.Length && _dateStyles[style]
                    ? XlsxCellText.Date(value, _date1904)
                    : XlsxCellText.Number(value);
        }
    }

    private static int ReadNumber(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
