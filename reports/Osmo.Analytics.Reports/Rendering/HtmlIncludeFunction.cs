using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Osmo.Analytics.Reports.Rendering;

/// <summary>Scriban's <c>include</c>, returning <see cref="RawHtml"/>: the partial's own values were escaped while it
/// rendered, so its output must not be escaped a second time when written into the caller.</summary>
internal sealed class HtmlIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;

    public int ParameterCount => _inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => new RawHtml(_inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? string.Empty);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => new RawHtml((await _inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false))?.ToString() ?? string.Empty);
}
