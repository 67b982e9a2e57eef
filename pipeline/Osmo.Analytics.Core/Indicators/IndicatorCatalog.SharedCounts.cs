namespace Osmo.Analytics.Indicators;

/// <content>Counts published by two indicators: which numerator or denominator is another indicator's count.</content>
public static partial class IndicatorCatalog
{
    /// <summary>The count indicator whose value <paramref name="indicatorId"/> publishes as a numerator or denominator,
    /// or null: disclosure control suppresses the rows of one key together (docs/disclosure.md).</summary>
    public static string? CountSourceOf(string indicatorId) => Find(indicatorId)?.SameCount?.CountIndicatorId;

    /// <summary>The identities, by definition (spec/indicators.md) and checked on the samples by
    /// <c>IndicatorCatalogTests</c>: every pair of published counts equal at every key is declared here.</summary>
    /// <remarks>The per-1,000 denominators (residents aged 18-64) are equal too, but they are public reference figures
    /// rather than counts of clients, and need no protection; so are the session and group counts shared by the group
    /// indicators (<c>group_sessions_held</c> = the n of <c>group_attendance_mean</c>), which are facts about services
    /// and never suppressed (<see cref="Disclosure.IndicatorMeasures"/>).</remarks>
    private static SharedCount? SharedCountOf(string id) => id switch
    {
        IndicatorIds.ClientsPer1000 => new(SharedCount.NumeratorPart, IndicatorIds.ActiveClients),
        IndicatorIds.ReachPct => new(SharedCount.NumeratorPart, IndicatorIds.ActiveClients),
        IndicatorIds.ExperienceExpertPct => new(SharedCount.DenominatorPart, IndicatorIds.ActiveClients),
        IndicatorIds.OutreachFirstContactPct => new(SharedCount.DenominatorPart, IndicatorIds.NewCases),
        IndicatorIds.UnplannedClosurePct => new(SharedCount.DenominatorPart, IndicatorIds.ClosedCases),
        IndicatorIds.SocialRehabDecisionsPer1000 => new(SharedCount.NumeratorPart, IndicatorIds.SocialRehabDecisions),
        _ => null,
    };

    private static IndicatorDefinition WithSharedCount(IndicatorDefinition definition) =>
        SharedCountOf(definition.Id) is { } shared ? definition with { SameCount = shared } : definition;
}
