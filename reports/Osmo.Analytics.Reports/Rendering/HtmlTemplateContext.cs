using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;

namespace Osmo.Analytics.Reports.Rendering;

/// <summary>A Scriban context that HTML-escapes every value a template writes.</summary>
/// <remarks>Scriban does not escape by default; templates must not have to remember to. Every <c>{{ value }}</c>
/// passes through <see cref="Write(SourceSpan, object)"/>, which escapes it unless it is <see cref="RawHtml"/>
/// made by the program. Literal template text is written as is.</remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Encodes markup characters only; letters such as ä, ö and å stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            Write(raw.Html);
            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = ObjectToString(textAsObject);
        Write(Encoder.Encode(text ?? string.Empty));
        return this;
    }
}
