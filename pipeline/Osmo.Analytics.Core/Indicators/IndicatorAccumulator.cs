using System.Numerics;

namespace Osmo.Analytics.Indicators;

/// <summary>Per cell x window accumulators of one <see cref="IndicatorCalculator.Compute"/> call (arrays indexed by
/// cell x 25 + window). Records add a window mask to each of their cells; set bits are walked with trailing-zero counts.</summary>
internal sealed class IndicatorAccumulator
{
    private readonly int[][] _counts;
    private readonly int[] _planN;
    private readonly double[] _planMedian;
    private int[] _planKeys = new int[1024];
    private int[] _planValues = new int[1024];
    private int _planCount;
    private bool _finished;

    public IndicatorAccumulator(CellLayout layout, WindowCalendar windows, IReadOnlyList<Reference.MeterDomain> domains)
    {
        Layout = layout;
        Windows = windows;
        var size = layout.CellCount * WindowCalendar.Count;
        _counts = new int[(int)CounterSlot.Count][];
        for (var s = 0; s < _counts.Length; s++)
        {
            _counts[s] = new int[size];
        }

        HeadSum = new long[size];
        HeadSumSquares = new double[size];
        Hours = new double[size];
        _planN = new int[size];
        _planMedian = new double[size];
        Touched = new bool[layout.CellCount];
        Domains = domains;
        var meterSize = size * domains.Count;
        ChangeN = new int[meterSize];
        ChangeImproved = new int[meterSize];
        ChangeSum = new double[meterSize];
        ChangeSumSquares = new double[meterSize];
        MunicipalityHasSessions = new bool[layout.M];
        MunicipalityHasAttendance = new bool[layout.M];
        ClientPanel = new int[layout.M];
        DeveloperClients = new int[layout.M];
        ExperienceExperts = new int[layout.M];
    }

    public CellLayout Layout { get; }

    public WindowCalendar Windows { get; }

    public IReadOnlyList<Reference.MeterDomain> Domains { get; }

    public long[] HeadSum { get; }

    public double[] HeadSumSquares { get; }

    public double[] Hours { get; }

    /// <summary>Target-group cells that hold any record or need estimate (others are not written out).</summary>
    public bool[] Touched { get; }

    public int[] ChangeN { get; }

    public int[] ChangeImproved { get; }

    public double[] ChangeSum { get; }

    public double[] ChangeSumSquares { get; }

    public bool[] MunicipalityHasSessions { get; }

    public bool[] MunicipalityHasAttendance { get; }

    /// <summary>Window masks per municipality in which the structure counts as present.</summary>
    public int[] ClientPanel { get; }

    public int[] DeveloperClients { get; }

    public int[] ExperienceExperts { get; }

    /// <summary>A counter after <see cref="Finish"/>.</summary>
    public int Get(CounterSlot slot, int cell, int window)
    {
        System.Diagnostics.Debug.Assert(_finished, "Counters are month differences until Finish.");
        return _counts[(int)slot][(cell * WindowCalendar.Count) + window];
    }

    /// <summary>Adds 1 to each window of <paramref name="mask"/> in <paramref name="cell"/>. Month bits are stored as a
    /// difference array (+1 at a run's first month, -1 after its last), so a case active for 20 months costs two writes,
    /// not twenty; <see cref="Finish"/> turns them into counts. The r12 bit is counted directly.</summary>
    public void Add(CounterSlot slot, int cell, int mask)
    {
        var counts = _counts[(int)slot];
        var baseIndex = cell * WindowCalendar.Count;
        if ((mask & WindowCalendar.R12Bit) != 0)
        {
            counts[baseIndex + WindowCalendar.R12]++;
        }

        var months = mask & (WindowCalendar.R12Bit - 1);
        while (months != 0)
        {
            var lo = BitOperations.TrailingZeroCount(months);
            var length = BitOperations.TrailingZeroCount(~(months >> lo));
            counts[baseIndex + lo]++;
            if (lo + length < WindowCalendar.R12)
            {
                counts[baseIndex + lo + length]--;
            }

            months &= ~(((1 << length) - 1) << lo);
        }
    }

    /// <summary>Turns the month differences into counts (prefix sums per cell); call once after all records are added.</summary>
    public void Finish()
    {
        foreach (var counts in _counts)
        {
            for (var at = 0; at < counts.Length; at += WindowCalendar.Count)
            {
                for (var m = 1; m < WindowCalendar.R12; m++)
                {
                    counts[at + m] += counts[at + m - 1];
                }
            }
        }

        FinishPlanDays();
        _finished = true;
    }

    /// <summary>Records one plan made in the windows of <paramref name="mask"/> (days from opening to plan).</summary>
    public void AddPlanDays(ReadOnlySpan<int> cells, int mask, int days)
    {
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            var window = BitOperations.TrailingZeroCount(bits);
            foreach (var cell in cells)
            {
                if (_planCount == _planKeys.Length)
                {
                    Array.Resize(ref _planKeys, _planCount * 2);
                    Array.Resize(ref _planValues, _planCount * 2);
                }

                _planKeys[_planCount] = (cell * WindowCalendar.Count) + window;
                _planValues[_planCount++] = days;
            }
        }
    }

    /// <summary>Median days to plan and the number of plans per cell x window, after <see cref="Finish"/>.</summary>
    public (double? Median, int N) PlanMedian(int at) => (_planN[at] == 0 ? null : _planMedian[at], _planN[at]);

    // Counting sort of the flat (cell x window, days) list by key, then a small sort per key: O(n), no list per cell.
    private void FinishPlanDays()
    {
        var grouping = StableGrouping.Build(_planKeys.AsSpan(0, _planCount), _planN.Length);
        var days = new int[_planCount];
        for (var key = 0; key < grouping.KeyCount; key++)
        {
            var rows = grouping.Rows(key);
            if (rows.IsEmpty)
            {
                continue;
            }

            var segment = days.AsSpan(grouping.Start[key], rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                segment[i] = _planValues[rows[i]];
            }

            segment.Sort();
            var n = segment.Length;
            _planN[key] = n;
            _planMedian[key] = n % 2 == 1 ? segment[n / 2] : (segment[(n / 2) - 1] + (double)segment[n / 2]) / 2;
        }
    }

    public void Add(CounterSlot slot, ReadOnlySpan<int> cells, int mask)
    {
        if (mask == 0)
        {
            return;
        }

        foreach (var cell in cells)
        {
            Add(slot, cell, mask);
        }
    }

    public void Touch(ReadOnlySpan<int> cells)
    {
        foreach (var cell in cells)
        {
            Touched[cell] = true;
        }
    }
}
