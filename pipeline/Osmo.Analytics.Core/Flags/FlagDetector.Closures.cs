using System.Globalization;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>SG_UNPLANNED_CLOSURES: unplanned_closure_pct above the threshold (A), or at least the gap above the
    /// county's with a pooled z of at least the minimum against the whole county (B); high when both, else medium.
    /// At municipality x target group level the county is the county's same target group.</summary>
    private static void DetectUnplannedClosures(FlagContext ctx, List<FlagDraft> drafts)
    {
        var o = ctx.Options;
        const string Id = IndicatorIds.UnplannedClosurePct;
        foreach (var cell in Cells(ctx, Id))
        {
            (bool A, bool B, double? Z)? Judge(int w)
            {
                var r = ctx.Values.Read(cell, Id, w);
                var c = ctx.Values.Read(cell.CountyCell, Id, w);
                if (!r.IsKnown || !c.IsKnown)
                {
                    return null;
                }

                if (r.Denominator < o.MinN || r.Value is not { } v)
                {
                    return (false, false, null);
                }

                var z = TwoProportionZ.Compute(r.Numerator, r.Denominator, c.Numerator, c.Denominator);
                var a = v > o.UnplannedClosuresAbove && IntervalBeyond(o, cell, r, o.UnplannedClosuresAbove, below: false);
                var b = c.Value is { } cv && v - cv >= o.UnplannedClosuresCountyGap && z >= o.UnplannedClosuresMinZ;
                return (a, b, z);
            }

            var now = Judge(FlagValues.R12);
            if (now is not { } j || !(j.A || j.B))
            {
                continue;
            }

            var suppressedPhrase = j.A
                ? Localized.Same(string.Empty).Map((_, l) => Above(l) + FlagText.Percent(o.UnplannedClosuresAbove, l))
                : new Localized("hyvinvointialuetta selvästi suurempi osa", "en betydligt större andel än i välfärdsområdet", "a clearly larger share than in the county");
            var limit = Localized.Same(string.Empty).Map((_, l) => l switch
            {
                "fi" => $"Raja {FlagText.Percent(o.UnplannedClosuresAbove, l)} tai vähintään {FlagText.Number(o.UnplannedClosuresCountyGap, l)} prosenttiyksikköä hyvinvointialuetta enemmän (z ≥ {FlagText.Number2(o.UnplannedClosuresMinZ, l)}).",
                "sv" => $"Gräns {FlagText.Percent(o.UnplannedClosuresAbove, l)} eller minst {FlagText.Number(o.UnplannedClosuresCountyGap, l)} procentenheter över välfärdsområdet (z ≥ {FlagText.Number2(o.UnplannedClosuresMinZ, l)}).",
                _ => $"Threshold {FlagText.Percent(o.UnplannedClosuresAbove, l)}, or at least {FlagText.Number(o.UnplannedClosuresCountyGap, l)} percentage points above the county (z ≥ {FlagText.Number2(o.UnplannedClosuresMinZ, l)}).",
            });
            (string, Localized)? statistic = j.Z is { } z
                ? (string.Create(CultureInfo.InvariantCulture, $"z = {Math.Round(z, 2, MidpointRounding.AwayFromZero):0.00}"),
                   Localized.Same(string.Empty).Map((_, l) => "z = " + FlagText.Number2(z, l)))
                : null;
            drafts.Add(ShareDraft(ctx, FlagRuleIds.UnplannedClosures, Id, cell, j.A && j.B, suppressedPhrase, limit, statistic) with
            {
                HoldsAt = m => Judge(m) is { } x ? x.A || x.B : null,
            });
        }
    }
}
