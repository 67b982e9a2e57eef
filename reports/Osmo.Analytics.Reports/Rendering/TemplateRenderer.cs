using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osmo.Analytics.Reports.Rendering;

/// <summary>Renders Scriban templates from a template root (<c>templates/</c> or the user's <c>--templates DIR</c>).</summary>
/// <remarks>
/// Strict: a misspelt variable is an error, not a blank. Values are HTML-escaped by <see cref="HtmlTemplateContext"/>.
/// Model members are exposed to templates in snake_case (<c>RowsRead</c> becomes <c>rows_read</c>).
/// The loop limit is raised explicitly: Scriban's default of 1000 iterations is cumulative per render.
/// Errors name the template file, line and column (1-based).
/// </remarks>
public sealed class TemplateRenderer(string templateRoot)
{
    /// <summary>Loop iterations allowed in one render.</summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>The template root folder holding <c>fi/</c>, <c>sv/</c>, <c>en/</c> and <c>_shared/</c>.</summary>
    public string TemplateRoot { get; } = templateRoot;

    /// <summary>Renders <paramref name="templateName"/> of <paramref name="language"/> with <paramref name="model"/> as globals.</summary>
    public string Render(string language, string templateName, object model)
    {
        var languageDir = Path.Combine(TemplateRoot, language);
        var path = Path.Combine(languageDir, templateName);
        if (!File.Exists(path))
        {
            path = Path.Combine(TemplateRoot, "_shared", templateName);
        }

        if (!File.Exists(path))
        {
            throw new TemplateRenderException($"Template '{templateName}' not found in {languageDir}.");
        }

        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new TemplateRenderException(string.Join(Environment.NewLine, template.Messages.Select(Describe)));
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals["include"] = new HtmlIncludeFunction();
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = new TemplateFolderLoader(languageDir, Path.Combine(TemplateRoot, "_shared")),
        };
        context.PushCulture(CultureInfo.GetCultureInfo(language switch { "sv" => "sv-FI", "en" => "en-GB", _ => "fi-FI" }));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            throw new TemplateRenderException($"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1}): {ex.OriginalMessage}", ex);
        }
    }

    private static string Describe(Scriban.Parsing.LogMessage m)
        => string.Create(CultureInfo.InvariantCulture, $"{m.Span.FileName}({m.Span.Start.Line + 1},{m.Span.Start.Column + 1}): {m.Message}");
}
