using System.CommandLine;
using Spectre.Console;
using Osmo.Analytics.Cli.Commands;
using Osmo.Analytics.Cli.Console;

namespace Osmo.Analytics.Cli;

/// <summary>The <c>osmo</c> command tree: run, validate, sample, catalog.</summary>
public static class OsmoCommandLine
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (0 done, 1 failed, 2 input rejected).</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="clock">Wall clock (run.json times, default export date).</param>
    /// <param name="console">Where to write; null for the process console (tests pass a recording console).</param>
    public static int Invoke(string[] args, TimeProvider clock, IAnsiConsole? console = null)
    {
        var reporter = console is null ? ConsoleReporter.ForProcess() : new ConsoleReporter(console, interactive: false);
        var root = new RootCommand("Osmo.Analytics: structural social work indicators from adult social work exports.")
        {
            RunCommand.Create(clock, reporter),
            RunCommand.CreateValidate(clock, reporter),
            SampleCommand.Create(reporter),
            CatalogCommand.Create(reporter),
            RenderCommand.Create(reporter),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                reporter.Error(error.Message);
            }

            return ExitCodes.InputRejected;
        }

        return parsed.Invoke();
    }

    /// <summary>Runs <paramref name="body"/>, turning rejected input into exit code 2 and failures into 1, each with one line.</summary>
    internal static int Guard(ConsoleReporter reporter, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputRejectedException ex)
        {
            reporter.Error(ex.Message);
            return ExitCodes.InputRejected;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Error(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
