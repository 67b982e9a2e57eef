using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>Orders indicator rows by period, window, level, county, municipality, target group and indicator
/// (ordinal, nulls first), then by every other column, so the file order never depends on the input order.</summary>
internal sealed class IndicatorRowComparer<T> : IComparer<T>
    where T : IDisclosedIndicator
{
    public static readonly IndicatorRowComparer<T> Instance = new();

    public int Compare(T? x, T? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = x.Period.CompareTo(y.Period);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Window, y.Window);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Level, y.Level);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.WellbeingCounty, y.WellbeingCounty);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.MunicipalityCode, y.MunicipalityCode);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.TargetGroup, y.TargetGroup);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.PeerGroup, y.PeerGroup);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.IndicatorId, y.IndicatorId);
        if (c != 0) { return c; }

        // Ties on the key should not happen; if they do, the rest of the row still fixes the order.
        c = string.CompareOrdinal(x.Unit, y.Unit);
        if (c != 0) { return c; }
        c = x.IsSuppressed.CompareTo(y.IsSuppressed);
        if (c != 0) { return c; }
        c = Nullable.Compare(x.Numerator, y.Numerator);
        if (c != 0) { return c; }
        c = Nullable.Compare(x.Denominator, y.Denominator);
        if (c != 0) { return c; }
        c = Nullable.Compare(x.Value, y.Value);
        if (c != 0) { return c; }
        c = Nullable.Compare(x.CiLow, y.CiLow);
        return c != 0 ? c : Nullable.Compare(x.CiHigh, y.CiHigh);
    }

    /// <summary>The rows in this order: the given list when it is already sorted, else a sorted copy.</summary>
    public static IReadOnlyList<T> Sort(IEnumerable<T> rows)
    {
        var list = rows as IReadOnlyList<T> ?? [.. rows];
        for (var i = 1; i < list.Count; i++)
        {
            if (Instance.Compare(list[i - 1], list[i]) > 0)
            {
                var copy = list.ToArray();
                Array.Sort(copy, Instance);
                return copy;
            }
        }

        return list;
    }
}
