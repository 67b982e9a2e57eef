namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Sheet names of the coordinator workbook (<see cref="CoordinatorWorkbook"/>), in workbook order.</summary>
/// <remarks>Finnish names as spec/outputs.md lists them, plus <see cref="Groups"/> (group activity: the only place
/// where group names appear) and <see cref="Legend"/> (the markers and the run). Excel limits a sheet name to 31
/// characters and forbids <c>[]:*?/\</c>: all of these fit.</remarks>
public static class WorkbookSheets
{
    /// <summary><c>Yhteenveto</c>: key figures per municipality (r12) and the number of flags.</summary>
    public const string Summary = "Yhteenveto";

    /// <summary><c>Indikaattorit</c>: the long indicator table of the reported month (month and r12 windows, every level).</summary>
    public const string Indicators = "Indikaattorit";

    /// <summary><c>Kunnat x kohderyhmät</c>: r12 values, one row per area x indicator, one column per target group.</summary>
    public const string Pivot = "Kunnat x kohderyhmät";

    /// <summary><c>Liput</c>: flags with evidence and proposed action.</summary>
    public const string Flags = "Liput";

    /// <summary><c>Ryhmät</c>: group activity per group (r12).</summary>
    public const string Groups = "Ryhmät";

    /// <summary><c>Laatu</c>: data quality per input file.</summary>
    public const string Quality = "Laatu";

    /// <summary><c>Määritelmät</c>: the indicator catalog.</summary>
    public const string Definitions = "Määritelmät";

    /// <summary><c>Selite</c>: what the markers mean, and which run wrote the workbook.</summary>
    public const string Legend = "Selite";

    /// <summary>Every sheet in workbook order.</summary>
    public static IReadOnlyList<string> All { get; } = [Summary, Indicators, Pivot, Flags, Groups, Quality, Definitions, Legend];
}
