using System.Numerics;

namespace Osmo.Analytics.Indicators;

/// <summary>Per cell x window accumulators of one <see cref="IndicatorCalculator.Compute"/> call (arrays indexed by
/// cell x 25 + window). Records add a window mask to each of their cells; set bits are walked with trailing-zero counts.</summary>
internal sealed class IndicatorAccumulator
{
    private readonly int[][] _counts;

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
        PlanDays = new List<int>?[size];
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

    public List<int>?[] PlanDays { get; }

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

    public int Get(CounterSlot slot, int cell, int window) => _counts[(int)slot][(cell * WindowCalendar.Count) + window];

    public void Add(CounterSlot slot, int cell, int mask)
    {
        var counts = _counts[(int)slot];
        var baseIndex = cell * WindowCalendar.Count;
        while (mask != 0)
        {
            counts[baseIndex + BitOperations.TrailingZeroCount(mask)]++;
            mask &= mask - 1;
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
