namespace Osmo.Analytics.Reports.Rendering;

/// <summary>A template could not be parsed or rendered; the message names file, line and column.</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateRenderException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemplateRenderException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemplateRenderException(string message)
        : base(message)
    {
    }
}
