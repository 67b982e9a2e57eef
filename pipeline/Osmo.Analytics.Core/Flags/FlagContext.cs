using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Flags;

/// <summary>What every rule reads: the indexed values, options, names and comparators.</summary>
internal sealed class FlagContext
{
    private static readonly HashSet<string> RuleIndicators =
    [
        IndicatorIds.AssessmentDone3MPct, IndicatorIds.AssessmentStart7WdPct, IndicatorIds.ClientPlanPct,
        IndicatorIds.UnplannedClosurePct, IndicatorIds.MeterFollowUpLossPct, IndicatorIds.ActiveClients,
        IndicatorIds.SocialRehabDecisions, IndicatorIds.HasClientPanel, IndicatorIds.HasDeveloperClients,
        IndicatorIds.UsesExperienceExperts, IndicatorIds.ReachPct, IndicatorIds.LowThresholdPoints,
        IndicatorIds.OutreachFirstContactPct,
        .. ProfileOutliers.Features,
    ];

    private readonly Dictionary<string, Municipality> _municipalities;
    private readonly Dictionary<string, CodeName> _targetGroups;
    private readonly Dictionary<(string PeerGroup, string? TargetGroup, string Indicator), IndicatorValue> _peerValues = [];

    public FlagContext(FlagInput input, FlagOptions options)
    {
        Input = input;
        Options = options;
        Values = new FlagValues(input.Period, input.Indicators, input.Published, RuleIndicators);
        _municipalities = input.Reference.Municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        _targetGroups = input.Reference.TargetGroups.ToDictionary(t => t.Code, StringComparer.Ordinal);
        foreach (var p in input.PeerGroupValues)
        {
            var v = p.Value;
            if (v.Window == IndicatorWindows.Rolling12 && v.Period == Values.Period)
            {
                _peerValues[(p.PeerGroupId, v.TargetGroup, v.IndicatorId)] = v;
            }
        }
    }

    public FlagInput Input { get; }

    public FlagOptions Options { get; }

    public FlagValues Values { get; }

    /// <summary>"Alajärvi" or "Alajärvi, nuoret aikuiset" in each language.</summary>
    public Localized Where(CellKey cell)
    {
        var m = cell.Municipality is { } code ? _municipalities.GetValueOrDefault(code) : null;
        var name = new Localized(m?.NameFi ?? cell.Municipality ?? string.Empty, m?.NameSv ?? cell.Municipality ?? string.Empty, m?.NameFi ?? cell.Municipality ?? string.Empty);
        var tg = TargetGroupName(cell);
        return cell.TargetGroup is null ? name : name + Localized.Same(", ") + tg;
    }

    /// <summary>Municipality name in each language (English uses the Finnish name).</summary>
    public Localized MunicipalityName(CellKey cell)
    {
        var m = cell.Municipality is { } code ? _municipalities.GetValueOrDefault(code) : null;
        return new(m?.NameFi ?? cell.Municipality ?? string.Empty, m?.NameSv ?? cell.Municipality ?? string.Empty, m?.NameFi ?? cell.Municipality ?? string.Empty);
    }

    /// <summary>Target group name in each language, empty at municipality level.</summary>
    public Localized TargetGroupName(CellKey cell)
    {
        if (cell.TargetGroup is not { } code)
        {
            return Localized.Same(string.Empty);
        }

        return _targetGroups.TryGetValue(code, out var t) ? new(t.NameFi, t.NameSv, t.NameEn) : Localized.Same(code);
    }

    /// <summary>County name in each language.</summary>
    public Localized CountyName(CellKey cell)
    {
        var c = Input.Reference.Counties.FirstOrDefault(c => c.Code == cell.County);
        return c is null ? Localized.Same(cell.County ?? string.Empty) : new(c.NameFi, c.NameSv, c.NameEn);
    }

    /// <summary>The published r12 value of a cell: the value (null when suppressed or no data) and whether it is suppressed.</summary>
    public (double? Value, long? Denominator, double? CiLow, double? CiHigh, bool Suppressed) Published(CellKey cell, string indicator)
    {
        var p = Values.Published(cell, indicator);
        return p is null ? (null, null, null, null, false) : (p.Value, p.Denominator, p.CiLow, p.CiHigh, p.IsSuppressed);
    }

    /// <summary>The municipality's peer group id and the group's pooled r12 value, when it may be quoted.</summary>
    public (string? Id, double? Value) Peer(CellKey cell, string indicator)
    {
        if (cell.Municipality is null || !Input.PeerGroups.TryGetValue(cell.Municipality, out var id))
        {
            return (null, null);
        }

        if (!_peerValues.TryGetValue((id, cell.TargetGroup, indicator), out var v) || v.Value is not { } value)
        {
            return (id, null);
        }

        // Only shown peer-group rows are passed in (PeerGroupIndicators.Shown); the primary rule again is a second lock.
        var quotable = !PrimarySuppression.IsSuppressed(v, IndicatorMeasures.Classify(v), Input.MinimumCellCount);
        return (id, quotable ? FlagText.Round1(value) : null);
    }
}
