using System.Xml;

namespace Osmo.Analytics.IO.Sources;

/// <summary>XML reader settings for the parts of a workbook.</summary>
internal static class XlsxXml
{
    /// <summary>No DTDs (a workbook part never has one; refusing them rules out entity expansion attacks), comments and
    /// processing instructions skipped, whitespace kept (it is content in <c>xml:space="preserve"</c> texts).</summary>
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
