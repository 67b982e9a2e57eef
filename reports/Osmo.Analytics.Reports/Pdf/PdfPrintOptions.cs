namespace Osmo.Analytics.Reports.Pdf;

/// <summary>Settings of <see cref="PdfPrinter"/>.</summary>
public sealed record PdfPrintOptions
{
    /// <summary>The Chromium (or Chrome) binary to drive.</summary>
    /// <value>Default null: <see cref="PdfPrinter.FindChromium"/> looks for Debian's <c>/usr/bin/chromium</c>, then
    /// <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c> on the PATH.</value>
    public string? ExecutablePath { get; init; }

    /// <summary>How long one page may take to load and print.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether to print a page-number footer (<c>3 / 12</c>) on every page.</summary>
    /// <value>Default true.</value>
    public bool PageNumbers { get; init; } = true;
}
