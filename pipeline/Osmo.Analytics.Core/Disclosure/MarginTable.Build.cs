using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <content>Building the index: one pass to key the rows, one to find each row's totals, one to lay out groups.</content>
internal sealed partial class MarginTable
{
    private const byte MonthWindow = 0;
    private const byte RollingWindow = 1;
    private const byte OtherWindow = 2;
    private const int MonthsInYear = 12;

    /// <summary>Indexes a table.</summary>
    /// <param name="values">The whole table.</param>
    /// <param name="measures">Each row's measure (reference facts take no part).</param>
    /// <param name="isAdditiveOverMonths">Whether an indicator id's r12 is the sum of its months.</param>
    /// <param name="countSourceOf">The count indicator whose value an indicator id publishes as a numerator or
    /// denominator, or null (<see cref="IndicatorCatalog.CountSourceOf"/>).</param>
    /// <exception cref="ArgumentException">Two rows share one key (period, window, level, codes, indicator): the
    /// grain of the table is broken and nobody can tell which row is the part of which total.</exception>
    public static MarginTable Build(
        IReadOnlyList<IndicatorValue> values,
        IndicatorMeasure[] measures,
        Func<string, bool> isAdditiveOverMonths,
        Func<string, string?> countSourceOf)
    {
        var n = values.Count;
        var levels = new MarginLevel[n];
        var componentValues = new long[n * Components];
        var keys = new RowKey[n];
        var interner = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowsByKey = new Dictionary<RowKey, int>(n);
        var additive = new Dictionary<int, bool>();
        Span<long> components = stackalloc long[Components];

        for (var row = 0; row < n; row++)
        {
            var value = values[row];
            var level = measures[row] == IndicatorMeasure.ReferenceFact ? MarginLevel.None : ParseLevel(value.Level);
            levels[row] = level;
            componentValues.AsSpan(row * Components, Components).Fill(-1);
            if (level == MarginLevel.None)
            {
                continue;
            }

            ReadComponents(value, measures[row], components);
            components.CopyTo(componentValues.AsSpan(row * Components, Components));
            var indicator = Intern(interner, value.IndicatorId);
            if (!additive.ContainsKey(indicator))
            {
                additive[indicator] = isAdditiveOverMonths(value.IndicatorId);
            }

            // A municipality code is unique in the country: the county is left out of municipality keys so that a
            // row missing its county still finds its municipality total.
            var isMunicipalityLevel = level is MarginLevel.MunicipalityByTargetGroup or MarginLevel.Municipality;
            var key = new RowKey(
                indicator,
                value.Period.DayNumber,
                ParseWindow(value.Window),
                level,
                isMunicipalityLevel || level == MarginLevel.All ? -1 : Intern(interner, value.WellbeingCounty),
                isMunicipalityLevel ? Intern(interner, value.MunicipalityCode) : -1,
                level is MarginLevel.MunicipalityByTargetGroup or MarginLevel.CountyByTargetGroup ? Intern(interner, value.TargetGroup) : -1);
            if (!rowsByKey.TryAdd(key, row))
            {
                throw new ArgumentException(
                    $"Rows {rowsByKey[key]} and {row} have the same key ({value.Period:yyyy-MM}, {value.Window}, {value.Level}, " +
                    $"{value.WellbeingCounty}, {value.MunicipalityCode}, {value.TargetGroup}, {value.IndicatorId}).",
                    nameof(values));
            }

            keys[row] = key;
        }

        // (group, part) pairs; a group is (total row, kind), numbered in order of first sight.
        var groupOfTotal = new int[n * 3];
        Array.Fill(groupOfTotal, -1);
        var groupTotals = new List<int>();
        var groupKinds = new List<MarginKind>();
        var pairs = new List<(int Group, int Part)>(n * 2);
        for (var row = 0; row < n; row++)
        {
            if (levels[row] == MarginLevel.None)
            {
                continue;
            }

            var key = keys[row];
            var county = Intern(interner, values[row].WellbeingCounty);
            switch (levels[row])
            {
                case MarginLevel.MunicipalityByTargetGroup:
                    Link(key with { Level = MarginLevel.Municipality, TargetGroup = -1 }, MarginKind.TargetGroups, row);
                    Link(key with { Level = MarginLevel.CountyByTargetGroup, County = county, Municipality = -1 }, MarginKind.Areas, row);
                    break;
                case MarginLevel.Municipality:
                    Link(key with { Level = MarginLevel.County, County = county, Municipality = -1 }, MarginKind.Areas, row);
                    break;
                case MarginLevel.CountyByTargetGroup:
                    Link(key with { Level = MarginLevel.County, TargetGroup = -1 }, MarginKind.TargetGroups, row);
                    break;
                case MarginLevel.County:
                    Link(key with { Level = MarginLevel.All, County = -1 }, MarginKind.Areas, row);
                    break;
                default:
                    break;
            }

            // Months within r12, looked up from the r12 row: 12 look-ups per r12 row rather than per month row.
            if (key.Window == RollingWindow && additive[key.Indicator])
            {
                var period = values[row].Period;
                for (var k = 0; k < MonthsInYear; k++)
                {
                    if (rowsByKey.TryGetValue(key with { Window = MonthWindow, Day = period.AddMonths(-k).DayNumber }, out var month))
                    {
                        AddPart(row, MarginKind.Months, month);
                    }
                }
            }
        }

        var groupCount = groupTotals.Count;
        var partStarts = new int[groupCount + 1];
        foreach (var (group, _) in pairs)
        {
            partStarts[group + 1]++;
        }

        for (var g = 0; g < groupCount; g++)
        {
            partStarts[g + 1] += partStarts[g];
        }

        var parts = new int[pairs.Count];
        var fill = partStarts[..^1];
        foreach (var (group, part) in pairs)
        {
            parts[fill[group]++] = part;
        }

        var rowGroupStarts = new int[n + 1];
        foreach (var (_, part) in pairs)
        {
            rowGroupStarts[part + 1]++;
        }

        foreach (var total in groupTotals)
        {
            rowGroupStarts[total + 1]++;
        }

        for (var row = 0; row < n; row++)
        {
            rowGroupStarts[row + 1] += rowGroupStarts[row];
        }

        var rowGroups = new int[rowGroupStarts[n]];
        var rowFill = rowGroupStarts[..^1];
        for (var g = 0; g < groupCount; g++)
        {
            rowGroups[rowFill[groupTotals[g]]++] = g;
            for (var p = partStarts[g]; p < partStarts[g + 1]; p++)
            {
                rowGroups[rowFill[parts[p]]++] = g;
            }
        }

        var links = BuildLinks(values, levels, keys, interner, countSourceOf);
        return new MarginTable(
            values, levels, componentValues, [.. groupTotals], [.. groupKinds], partStarts, parts, rowGroupStarts, rowGroups, links);

        void Link(RowKey totalKey, MarginKind kind, int part)
        {
            if (rowsByKey.TryGetValue(totalKey, out var total))
            {
                AddPart(total, kind, part);
            }
        }

        void AddPart(int total, MarginKind kind, int part)
        {
            var id = (total * 3) + (int)kind;
            var group = groupOfTotal[id];
            if (group < 0)
            {
                group = groupTotals.Count;
                groupOfTotal[id] = group;
                groupTotals.Add(total);
                groupKinds.Add(kind);
            }

            pairs.Add((group, part));
        }
    }

    /// <summary>Links the rows that publish one count: each row of an indicator with a count source, and each row of
    /// a count indicator that is some indicator's source, is keyed by its own key with the source (or itself) as
    /// indicator; keys with two or more rows become links. Links are numbered in order of their first row.</summary>
    private static (int[] LinkOf, int[] LinkStarts, int[] LinkRows) BuildLinks(
        IReadOnlyList<IndicatorValue> values,
        MarginLevel[] levels,
        RowKey[] keys,
        Dictionary<string, int> interner,
        Func<string, string?> countSourceOf)
    {
        var n = values.Count;
        var sourceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new HashSet<int>();
        for (var row = 0; row < n; row++)
        {
            var id = values[row].IndicatorId;
            if (levels[row] != MarginLevel.None && !sourceOf.ContainsKey(id))
            {
                sourceOf[id] = countSourceOf(id) is { } source ? Intern(interner, source) : -1;
                if (sourceOf[id] >= 0)
                {
                    sources.Add(sourceOf[id]);
                }
            }
        }

        var linkOf = new int[n];
        Array.Fill(linkOf, -1);
        if (sources.Count == 0)
        {
            return (linkOf, [0], []);
        }

        // Key -> first row; a second row makes the first row's key a link.
        var firstOfKey = new Dictionary<RowKey, int>();
        var members = new List<List<int>>();
        for (var row = 0; row < n; row++)
        {
            if (levels[row] == MarginLevel.None)
            {
                continue;
            }

            var source = sourceOf[values[row].IndicatorId];
            if (source < 0 && !sources.Contains(keys[row].Indicator))
            {
                continue;
            }

            var key = source < 0 ? keys[row] : keys[row] with { Indicator = source };
            if (!firstOfKey.TryGetValue(key, out var first))
            {
                firstOfKey.Add(key, row);
                continue;
            }

            if (linkOf[first] < 0)
            {
                linkOf[first] = members.Count;
                members.Add([first]);
            }

            linkOf[row] = linkOf[first];
            members[linkOf[first]].Add(row);
        }

        var linkStarts = new int[members.Count + 1];
        var linkRows = new int[members.Sum(m => m.Count)];
        var fill = 0;
        for (var link = 0; link < members.Count; link++)
        {
            members[link].CopyTo(linkRows, fill);
            fill += members[link].Count;
            linkStarts[link + 1] = fill;
        }

        return (linkOf, linkStarts, linkRows);
    }

    private static int Intern(Dictionary<string, int> interner, string? text)
    {
        if (text is null)
        {
            return -1;
        }

        if (!interner.TryGetValue(text, out var id))
        {
            id = interner.Count;
            interner.Add(text, id);
        }

        return id;
    }

    private static MarginLevel ParseLevel(string level) => level switch
    {
        "municipality_x_target_group" => MarginLevel.MunicipalityByTargetGroup,
        "municipality" => MarginLevel.Municipality,
        "county_x_target_group" => MarginLevel.CountyByTargetGroup,
        "county" => MarginLevel.County,
        "all" => MarginLevel.All,
        _ => MarginLevel.None,
    };

    private static byte ParseWindow(string window) => window switch
    {
        "month" => MonthWindow,
        "r12" => RollingWindow,
        _ => OtherWindow,
    };

    /// <summary>A row's identity inside the table, as interned integers.</summary>
    private readonly record struct RowKey(
        int Indicator,
        int Day,
        byte Window,
        MarginLevel Level,
        int County,
        int Municipality,
        int TargetGroup);
}
