namespace Osmo.Analytics.Reports.Rendering;

/// <summary>Markup produced by the program itself (inline SVG charts) that the renderer writes without escaping.</summary>
/// <remarks>Only code may create it; nothing derived from input text may be wrapped in it unescaped.</remarks>
public sealed record RawHtml(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}
