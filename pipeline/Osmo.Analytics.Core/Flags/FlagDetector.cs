using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

/// <summary>Raises the service-gap (SG_*), blind-spot (BS_*) and profile-outlier (AN_*) flags of
/// spec/indicators.md on r12 at municipality and municipality x target group level, with evidence, persistence and
/// action proposals.</summary>
/// <remarks>
/// <para><b>True values decide, published values speak.</b> Rules judge the unsuppressed values of
/// <see cref="FlagInput.Indicators"/>; every number in <see cref="Flag.Value"/>, <see cref="Flag.ComparatorValue"/>,
/// <see cref="Flag.N"/>, <see cref="Flag.Statistic"/> and the texts comes from <see cref="FlagInput.Published"/> (or a
/// peer-group value passing the primary rule, or public reference data such as people in need). A suppressed cell
/// is described without its number.</para>
/// <para><b>Persistence.</b> A rule is judged again for the same keys on the r12 that the report of each earlier
/// trend month would have seen, rebuilt from the month windows (<see cref="FlagValues"/>): months_in_row counts the
/// unbroken run of such months ending at the period, first_seen is its first month. Flows need 12 months to
/// rebuild, so their run can reach back 13 months at most; end-of-window stocks reach back all 24.</para>
/// <para>Partial files by concern: <c>.Shares.cs</c>, <c>.Groups.cs</c>, <c>.Supply.cs</c>, <c>.Outliers.cs</c>,
/// <c>.Finish.cs</c>.</para>
/// </remarks>
public static partial class FlagDetector
{
    /// <summary>Detects every flag at the period.</summary>
    /// <returns>Flags ordered by severity (high, medium, info), rule (catalog order), municipality code, target group
    /// (municipality level first) and group ids.</returns>
    /// <exception cref="ArgumentException">The options are invalid (the message names the setting).</exception>
    public static IReadOnlyList<Flag> Detect(FlagInput input, FlagOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var ctx = new FlagContext(input, options);
        var drafts = new List<FlagDraft>();
        DetectShares(ctx, drafts);
        DetectUnplannedClosures(ctx, drafts);
        DetectGroups(ctx, drafts);
        DetectSupply(ctx, drafts);
        DetectOutliers(ctx, drafts);
        return Finish(ctx, drafts);
    }

    /// <summary>Municipality cells, then municipality x target group cells holding the indicator.</summary>
    private static IEnumerable<CellKey> Cells(FlagContext ctx, string indicator) =>
        ctx.Values.MunicipalityCells().Concat(ctx.Values.TargetGroupCells(indicator));

    /// <summary>Whether the municipality takes part in the data at all (an active client in r12): a municipality
    /// missing from the export is a coverage question, not a blind spot.</summary>
    private static bool InData(FlagContext ctx, CellKey cell) =>
        ctx.Values.Read(cell.MunicipalityCell, IndicatorIds.ActiveClients, FlagValues.R12).Numerator > 0;
}
