using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Osmo.Analytics.Cli.Tests.EndToEnd;

/// <summary>Runs <c>osmo</c> in process with a recording console and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2025, 11, 5, 9, 0, 0, TimeSpan.Zero);

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = OsmoCommandLine.Invoke(args, new FakeTimeProvider(Now), console);
        return (code, writer.ToString());
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "osmo-e2e-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return dir;
    }
}
