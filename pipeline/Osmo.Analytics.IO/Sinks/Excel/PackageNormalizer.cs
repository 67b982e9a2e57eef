using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Rewrites a saved xlsx package so that the same content always gives the same bytes.</summary>
/// <remarks>
/// What ClosedXML 0.95 (through System.IO.Packaging) leaves varying between two saves of one workbook:
/// <list type="bullet">
/// <item>the core-properties part is named after a fresh GUID (<c>/package/services/metadata/core-properties/&lt;guid&gt;.psmdcp</c>);</item>
/// <item>the package relationships in <c>_rels/.rels</c> get random ids (<c>R203eccf79f4d40fa</c>);</item>
/// <item>the core properties hold the save time unless set, converted through the machine's time zone;</item>
/// <item>every zip entry carries the current time.</item>
/// </list>
/// The rewrite moves the core properties to <c>/docProps/core.xml</c> (the name Excel itself uses) with content of our
/// own (title and a fixed created/modified time), numbers the package relationships <c>rId1</c>, <c>rId2</c>... in
/// order (no other part refers to them), and writes every entry in the original order with one fixed time and
/// the same compression level. Deflate output depends only on its input and the runtime's zlib, so two writes with
/// the same runtime are byte-identical.
/// </remarks>
internal static class PackageNormalizer
{
    private const string RelationshipsPart = "_rels/.rels";
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string CorePropertiesPart = "docProps/core.xml";
    private const string CorePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Copies the package in <paramref name="source"/> to <paramref name="destination"/>, normalised.</summary>
    /// <param name="source">A saved xlsx package.</param>
    /// <param name="destination">Where the normalised package goes.</param>
    /// <param name="timestamp">The fixed time for the core properties and the zip entries (from the period).</param>
    /// <param name="title">Document title.</param>
    public static void Normalize(Stream source, Stream destination, DateTime timestamp, string title)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        var rels = entries.FindIndex(e => e.Name == RelationshipsPart);
        var types = entries.FindIndex(e => e.Name == ContentTypesPart);
        if (rels < 0 || types < 0)
        {
            throw new InvalidDataException("The saved workbook has no package relationships or content types.");
        }

        var (relsXml, oldCore) = RewriteRelationships(entries[rels].Data);
        entries[rels] = (RelationshipsPart, relsXml);
        if (oldCore is not null)
        {
            var core = entries.FindIndex(e => e.Name == oldCore);
            if (core >= 0)
            {
                entries[core] = (CorePropertiesPart, CoreProperties(timestamp, title));
                entries[types] = (ContentTypesPart, RewriteContentTypes(entries[types].Data, oldCore));
            }
        }

        var entryTime = new DateTimeOffset(DateTime.SpecifyKind(timestamp < MinZipTime ? MinZipTime : timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, data) in entries)
        {
            var entry = output.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = entryTime;
            using var stream = entry.Open();
            stream.Write(data);
        }
    }

    // Zip (DOS) times start in 1980.
    private static readonly DateTime MinZipTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static (byte[] Xml, string? OldCorePart) RewriteRelationships(byte[] xml)
    {
        var doc = Load(xml);
        string? oldCore = null;
        var n = 0;
        foreach (var rel in doc.Root!.Elements(Relationships + "Relationship"))
        {
            rel.SetAttributeValue("Id", "rId" + (++n).ToString(CultureInfo.InvariantCulture));
            if ((string?)rel.Attribute("Type") == CorePropertiesType)
            {
                oldCore = ((string?)rel.Attribute("Target"))?.TrimStart('/');
                rel.SetAttributeValue("Target", "/" + CorePropertiesPart);
            }
        }

        return (Save(doc), oldCore);
    }

    private static byte[] RewriteContentTypes(byte[] xml, string oldCorePart)
    {
        var doc = Load(xml);
        var root = doc.Root!;
        var extension = Path.GetExtension(oldCorePart).TrimStart('.');

        // The GUID part was typed by its extension (.psmdcp); docProps/core.xml needs an override of its own.
        foreach (var d in root.Elements(ContentTypes + "Default")
            .Where(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase)
                && extension != "xml")
            .ToList())
        {
            d.Remove();
        }

        foreach (var o in root.Elements(ContentTypes + "Override")
            .Where(o => string.Equals((string?)o.Attribute("PartName"), "/" + oldCorePart, StringComparison.Ordinal)
                || string.Equals((string?)o.Attribute("PartName"), "/" + CorePropertiesPart, StringComparison.Ordinal))
            .ToList())
        {
            o.Remove();
        }

        root.Add(new XElement(ContentTypes + "Override",
            new XAttribute("PartName", "/" + CorePropertiesPart),
            new XAttribute("ContentType", CorePropertiesContentType)));
        return Save(doc);
    }

    private static byte[] CoreProperties(DateTime timestamp, string title)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var w3cdtf = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var doc = new XDocument(
            new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp),
                new XAttribute(XNamespace.Xmlns + "dc", dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement(dc + "title", title),
                new XElement(dc + "creator", "Osmo.Analytics"),
                new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), w3cdtf),
                new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), w3cdtf)));
        return Save(doc);
    }

    private static XDocument Load(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream, LoadOptions.None);
    }

    private static byte[] Save(XDocument doc)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            doc.Save(writer);
        }

        return stream.ToArray();
    }
}
