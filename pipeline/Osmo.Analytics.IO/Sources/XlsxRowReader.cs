using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Osmo.Analytics.IO.Sources;

/// <summary>SAX reader of one worksheet's rows: each row as its row number and cell texts placed by column.</summary>
/// <remarks>Cells are placed by their <c>r</c> reference, so the gaps of a sparse row stay empty strings in the right
/// columns; a cell without a reference follows the previous one, a row without a number follows the previous row.
/// Formula cells give their cached value (the <c>v</c> element); one without a cached value is empty.</remarks>
internal sealed class XlsxRowReader : IDisposable
{
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;
    private readonly StringBuilder _inlineText = new();

    private int _lastRow;
    private int _column;
    private string? _type;
    private int _style;
    private string? _value;
    private bool _cellOpen;
    private bool _phonetic;

    public XlsxRowReader(OpenXmlReader reader, List<string> sharedStrings, bool[] dateStyles, bool date1904)
    {
        _reader = reader;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
    }

    /// <summary>Reads the next row element into <paramref name="cells"/> (length = last non-empty column + 1).</summary>
    /// <returns>False at the end of the sheet.</returns>
    public bool TryReadRow(List<string> cells, out int rowNumber)
    {
        cells.Clear();
        rowNumber = 0;
        var inRow = false;
        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (type == typeof(Row))
            {
                if (_reader.IsStartElement)
                {
                    // A row still open here was an empty element without an end event: it had no cells anyway.
                    cells.Clear();
                    inRow = true;
                    rowNumber = ReadRowNumber();
                    _lastRow = rowNumber;
                    _column = -1;
                }
                else if (_reader.IsEndElement && inRow)
                {
                    FinishCell(cells);
                    return true;
                }
            }
            else if (!inRow)
            {
                if (type == typeof(SheetData) && _reader.IsEndElement)
                {
                    return false;
                }
            }
            else if (type == typeof(Cell))
            {
                FinishCell(cells);
                if (_reader.IsStartElement)
                {
                    StartCell();
                }
            }
            else if (type == typeof(CellValue) && _reader.IsStartElement)
            {
                _value = _reader.GetText();
            }
            else if (type == typeof(PhoneticRun))
            {
                _phonetic = _reader.IsStartElement;
            }
            else if (type == typeof(Text) && _reader.IsStartElement && !_phonetic)
            {
                _inlineText.Append(_reader.GetText());
            }
        }

        if (inRow)
        {
            FinishCell(cells);
            return true;
        }

        return false;
    }

    public void Dispose() => _reader.Dispose();

    private int ReadRowNumber()
    {
        foreach (var attribute in _reader.Attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            {
                return r;
            }
        }

        return _lastRow + 1;
    }

    private void StartCell()
    {
        _cellOpen = true;
        _type = null;
        _style = 0;
        _value = null;
        _inlineText.Clear();
        var column = -1;
        foreach (var attribute in _reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    column = XlsxCellText.Column(attribute.Value);
                    break;
                case "t":
                    _type = attribute.Value;
                    break;
                case "s":
                    _style = int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                    break;
            }
        }

        _column = column >= 0 ? column : _column + 1;
    }

    private void FinishCell(List<string> cells)
    {
        if (!_cellOpen)
        {
            return;
        }

        _cellOpen = false;
        var text = CellText();
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

    private string? CellText()
    {
        switch (_type)
        {
            case "inlineStr":
                return _inlineText.ToString();
            case "s":
                return int.TryParse(_value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : _value;
            case "b":
                return _value is null ? null : XlsxCellText.Boolean(_value);
            case "d":
                return _value is null ? null : XlsxCellText.IsoDate(_value);
            case "str" or "e":
                return _value;
            default:
                if (string.IsNullOrEmpty(_value))
                {
                    return null;
                }

                return _style < _dateStyles.Length && _dateStyles[_style]
                    ? XlsxCellText.Date(_value, _date1904)
                    : XlsxCellText.Number(_value);
        }
    }
}
