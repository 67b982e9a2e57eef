using System.Globalization;

namespace Osmo.Analytics.Cli;

/// <summary>Collects command-line values and checks them; <see cref="Build"/> gives the frozen <see cref="RunSettings"/>.</summary>
public sealed class RunSettingsBuilder
{
    /// <summary><c>run</c> or <c>validate</c>.</summary>
    public string Command { get; set; } = "run";

    /// <summary>The <c>--input</c> folder as given.</summary>
    public string? Input { get; set; }

    /// <summary>The <c>--out</c> folder as given (default <c>out</c>).</summary>
    public string Out { get; set; } = "out";

    /// <summary>The <c>--period</c> text (<c>yyyy-MM</c>); default the last complete month before the export date.</summary>
    public string? Period { get; set; }

    /// <summary>The <c>--export-date</c> text (<c>yyyy-MM-dd</c>); default today.</summary>
    public string? ExportDate { get; set; }

    /// <summary>The <c>--reference</c> folder.</summary>
    public string? Reference { get; set; }

    /// <summary>The <c>--lang</c> value (default <c>fi</c>).</summary>
    public string Language { get; set; } = "fi";

    /// <summary>The <c>--templates</c> folder; default the shipped <c>templates/</c> beside the program.</summary>
    public string? Templates { get; set; }

    /// <summary>The <c>--config</c> file.</summary>
    public string? Config { get; set; }

    /// <summary>The <c>--pdf</c> switch.</summary>
    public bool Pdf { get; set; }

    /// <summary>The <c>--restricted</c> switch.</summary>
    public bool Restricted { get; set; }

    /// <summary>Checks every value and freezes them. Throws <see cref="InputRejectedException"/> with a one-line message.</summary>
    public RunSettings Build(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(Input))
        {
            throw new InputRejectedException("--input is required: the folder holding cases.csv (or .xlsx) and the other exports.");
        }

        var input = Path.GetFullPath(Input);
        if (!Directory.Exists(input))
        {
            throw new InputRejectedException($"input folder '{Input}' does not exist.");
        }

        var exportDate = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (ExportDate is not null && !DateOnly.TryParseExact(ExportDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out exportDate))
        {
            throw new InputRejectedException($"--export-date must be a date as YYYY-MM-DD, got '{ExportDate}'.");
        }

        DateOnly period;
        if (Period is null)
        {
            period = new DateOnly(exportDate.Year, exportDate.Month, 1).AddMonths(-1);
        }
        else if (!DateOnly.TryParseExact(Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out period))
        {
            throw new InputRejectedException($"--period must be a month as YYYY-MM (e.g. 2025-10), got '{Period}'.");
        }

        if (period.AddMonths(1) > exportDate)
        {
            throw new InputRejectedException($"--period {Period} is not a complete month before the export date {exportDate:yyyy-MM-dd}.");
        }

        if (Language is not ("fi" or "sv" or "en"))
        {
            throw new InputRejectedException($"--lang must be fi, sv or en, got '{Language}'.");
        }

        string? reference = null;
        if (Reference is not null)
        {
            reference = Path.GetFullPath(Reference);
            if (!Directory.Exists(reference))
            {
                throw new InputRejectedException($"reference folder '{Reference}' does not exist.");
            }
        }

        var templates = Templates is null ? Path.Combine(AppContext.BaseDirectory, "templates") : Path.GetFullPath(Templates);
        if (!Directory.Exists(templates))
        {
            throw new InputRejectedException($"templates folder '{templates}' does not exist.");
        }

        return new RunSettings(Command, input, Path.GetFullPath(Out), period, exportDate, reference, Language, templates, Restricted, Config is null ? null : Path.GetFullPath(Config), Pdf);
    }
}
