using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Osmo.Analytics.Reports.Rendering;

/// <summary>Resolves <c>include</c> names: first in the language folder, then in <c>_shared</c>.</summary>
internal sealed class TemplateFolderLoader(string languageDir, string sharedDir) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var local = Path.Combine(languageDir, templateName);
        return File.Exists(local) ? local : Path.Combine(sharedDir, templateName);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new TemplateRenderException($"{callerSpan.FileName}({callerSpan.Start.Line + 1},{callerSpan.Start.Column + 1}): included template '{templatePath}' not found.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
