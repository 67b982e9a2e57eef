using System.CommandLine;
using Osmo.Analytics.Cli.Console;

namespace Osmo.Analytics.Cli.Commands;

/// <summary><c>osmo run</c> and <c>osmo validate</c>.</summary>
public static class RunCommand
{
    /// <summary><c>osmo run --input DIR [--period YYYY-MM] [--out DIR] ...</c>.</summary>
    public static Command Create(TimeProvider clock, ConsoleReporter reporter) => Build("run", "Validate the exports, compute indicators and write OUT/<period>/.", clock, reporter);

    /// <summary><c>osmo validate --input DIR</c>: validation and the data-quality report only, to OUT/validation/.</summary>
    public static Command CreateValidate(TimeProvider clock, ConsoleReporter reporter) => Build("validate", "Validate the exports only; writes OUT/validation/ (run.json, data-quality.html, quarantine).", clock, reporter);

    private static Command Build(string name, string description, TimeProvider clock, ConsoleReporter reporter)
    {
        var input = new Option<string>("--input") { Description = "Folder of exports (cases, meters, group_sessions, group_attendance as .csv or .xlsx).", Required = true };
        var period = new Option<string?>("--period") { Description = "Month reported on, YYYY-MM (default: the last complete month before the export date)." };
        var output = new Option<string>("--out") { Description = "Output root (default: out).", DefaultValueFactory = _ => "out" };
        var exportDate = new Option<string?>("--export-date") { Description = "Day the exports were taken, YYYY-MM-DD (default: today)." };
        var reference = new Option<string?>("--reference") { Description = "Reference folder replacing the shipped defaults file by file (default: <input>/reference if present)." };
        var config = new Option<string?>("--config") { Description = "Configuration file (osmo.json)." };
        var templates = new Option<string?>("--templates") { Description = "Template folder overriding the shipped templates." };
        var language = new Option<string>("--lang") { Description = "Report language: fi, sv or en (default: fi).", DefaultValueFactory = _ => "fi" };
        var restricted = new Option<bool>("--restricted") { Description = "Also write unsuppressed Parquet to restricted/ (never published)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print every report to A4 PDF through headless Chromium (apt-get install chromium)." };
        var command = new Command(name, description) { input, period, output, exportDate, reference, config, templates, language, restricted, pdf };
        command.SetAction(parse =>
        {
            return OsmoCommandLine.Guard(reporter, () =>
            {
                var settings = new RunSettingsBuilder
                {
                    Command = name,
                    Input = parse.GetValue(input),
                    Period = parse.GetValue(period),
                    Out = parse.GetValue(output) ?? "out",
                    ExportDate = parse.GetValue(exportDate),
                    Reference = parse.GetValue(reference),
                    Templates = parse.GetValue(templates),
                    Language = parse.GetValue(language) ?? "fi",
                    Restricted = parse.GetValue(restricted),
                    Config = parse.GetValue(config),
                    Pdf = parse.GetValue(pdf),
                }.Build(clock);
                return BatchRun.Execute(settings, reporter, clock);
            });
        });
        return command;
    }
}
