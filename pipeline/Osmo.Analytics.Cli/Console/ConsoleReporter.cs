using System.Diagnostics;
using System.Globalization;
using Osmo.Analytics.IO.Manifest;
using Spectre.Console;

namespace Osmo.Analytics.Cli.Console;

/// <summary>Tells the user what the run is doing: a live status on a terminal, plain lines when redirected.
/// Times every stage for <c>run.json</c>.</summary>
public sealed class ConsoleReporter
{
    private readonly IAnsiConsole _console;
    private readonly bool _interactive;
    private readonly List<StageTiming> _stages = [];

    /// <summary>Creates a reporter writing to <paramref name="console"/>.</summary>
    public ConsoleReporter(IAnsiConsole console, bool interactive)
    {
        _console = console;
        _interactive = interactive;
    }

    /// <summary>Stage timings so far.</summary>
    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>The reporter for this process: interactive only when stdout is a terminal.</summary>
    public static ConsoleReporter ForProcess()
    {
        var interactive = !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (System.Console.IsOutputRedirected)
        {
            // Redirected output goes to logs: one message per line, never wrapped at 80 columns.
            AnsiConsole.Profile.Width = 400;
        }

        return new(AnsiConsole.Console, interactive);
    }

    /// <summary>Runs one stage, timing it; <paramref name="work"/> returns the rows it processed (or null).</summary>
    public T Stage<T>(string name, string description, Func<T> work, Func<T, long?>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var watch = Stopwatch.StartNew();
        T result = default!;
        if (_interactive)
        {
            _console.Status().Start(description + "...", _ => result = work());
        }
        else
        {
            result = work();
        }

        watch.Stop();
        var count = rows?.Invoke(result);
        _stages.Add(new StageTiming(name, Math.Round(watch.Elapsed.TotalSeconds, 3), count));
        var rowText = count is { } n ? string.Create(CultureInfo.InvariantCulture, $", {n:N0} rows") : string.Empty;
        Line(string.Create(CultureInfo.InvariantCulture, $"{description}: done in {watch.Elapsed.TotalSeconds:0.00} s{rowText}"));
        return result;
    }

    /// <summary>Runs independent stages side by side (the outputs are written from the same published results), timing each.
    /// Stages are recorded in the order given, whatever order they finish in.</summary>
    public void Parallel(params (string Name, string Description, Func<long?> Work)[] stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var results = new (double Seconds, long? Rows)[stages.Length];
        var tasks = stages.Select((stage, i) => Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var rows = stage.Work();
            results[i] = (watch.Elapsed.TotalSeconds, rows);
        })).ToArray();
        var wall = Stopwatch.StartNew();
        if (_interactive)
        {
            _console.Status().Start(string.Join(", ", stages.Select(s => s.Description)) + "...", _ => Task.WaitAll(tasks));
        }
        else
        {
            Task.WaitAll(tasks);
        }

        for (var i = 0; i < stages.Length; i++)
        {
            _stages.Add(new StageTiming(stages[i].Name, Math.Round(results[i].Seconds, 3), results[i].Rows));
            var rowText = results[i].Rows is { } n ? string.Create(CultureInfo.InvariantCulture, $", {n:N0} rows") : string.Empty;
            Line(string.Create(CultureInfo.InvariantCulture, $"{stages[i].Description}: done in {results[i].Seconds:0.00} s{rowText}"));
        }

        Line(string.Create(CultureInfo.InvariantCulture, $"(outputs written side by side in {wall.Elapsed.TotalSeconds:0.00} s)"));
    }

    /// <summary>Writes one plain line.</summary>
    public void Line(string text) => _console.WriteLine(text, Style.Plain);

    /// <summary>Writes text as is (Markdown, no wrapping or markup).</summary>
    public void Raw(string text) => _console.Profile.Out.Writer.Write(text);

    /// <summary>Writes an error line.</summary>
    public void Error(string text) => _console.MarkupLine("[red]error:[/] " + Markup.Escape(text));

    /// <summary>Writes a table (plain text when redirected).</summary>
    public void Table(string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        if (!_interactive)
        {
            table.Border = TableBorder.Ascii;
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i]));
            if (i > 0)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        _console.Write(table);
    }
}
