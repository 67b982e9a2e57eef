using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Reads a workbook's shared string table with the SAX reader.</summary>
internal static class XlsxSharedStrings
{
    /// <summary>The shared strings in index order. Rich text runs are joined; phonetic runs (<c>rPh</c>) are not text.</summary>
    public static List<string> Load(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        var text = new StringBuilder();
        var phonetic = false;
        var open = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                // An item still open at the next start was an empty element without an end event: keep the index right.
                if (open)
                {
                    strings.Add(text.ToString());
                    open = false;
                }

                if (reader.IsStartElement)
                {
                    open = true;
                    text.Clear();
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && !phonetic)
            {
                text.Append(reader.GetText());
            }
        }

        if (open)
        {
            strings.Add(text.ToString());
        }

        return strings;
    }
}
