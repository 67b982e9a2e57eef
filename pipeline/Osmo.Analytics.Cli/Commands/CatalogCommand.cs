using System.CommandLine;
using Osmo.Analytics.Cli.Console;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Cli.Commands;

/// <summary><c>osmo catalog</c>: the indicator catalog (and flag rules) as Markdown, from the one catalog in code.</summary>
public static class CatalogCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(ConsoleReporter reporter)
    {
        var output = new Option<string?>("--out") { Description = "Write the Markdown to this file instead of the console." };
        var command = new Command("catalog", "Print the indicator catalog and the flag rules as Markdown.") { output };
        command.SetAction(parse => OsmoCommandLine.Guard(reporter, () =>
        {
            var markdown = IndicatorCatalog.ToMarkdown() + "\n" + FlagCatalog.ToMarkdown(new FlagOptions());
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, markdown, new System.Text.UTF8Encoding(false));
                reporter.Line($"Catalog written to {Path.GetFullPath(path)}");
            }
            else
            {
                reporter.Raw(markdown);
            }

            return ExitCodes.Done;
        }));
        return command;
    }
}
