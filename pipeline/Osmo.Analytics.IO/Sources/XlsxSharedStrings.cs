using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Reads a workbook's shared string table as a forward-only XML stream.</summary>
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

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XlsxXml.Settings);
        var text = new StringBuilder();
        var phonetic = false;
        var advanced = false;
        while (advanced ? !xml.EOF : xml.Read())
        {
            advanced = false;
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si" when xml.IsEmptyElement:
                        strings.Add(string.Empty);
                        break;
                    case "si":
                        text.Clear();
                        break;
                    case "rPh" when !xml.IsEmptyElement:
                        phonetic = true;
                        break;
                    case "t" when !phonetic:
                        text.Append(xml.ReadElementContentAsString());
                        advanced = true;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "si":
                        strings.Add(text.ToString());
                        break;
                    case "rPh":
                        phonetic = false;
                        break;
                }
            }
        }

        return strings;
    }
}
