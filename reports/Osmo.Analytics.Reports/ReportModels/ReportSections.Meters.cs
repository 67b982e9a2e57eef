using System.Net;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.ReportModels;

internal static partial class ReportSections
{
    /// <summary>Meter change by domain (r12, the scope's level, all target groups) with follow-up loss and coverage.</summary>
    public static MeterSectionView Meters(ResultsIndex ix, ReportFormatter f, ReportScope scope, ReportScope comparator)
    {
        var reference = ix.Results.Reference;
        var domainOrder = reference.MeterDomains.Select((d, i) => (d, i)).ToDictionary(p => (p.d.Meter, p.d.Domain), p => p.i);
        var rows = ix.R12MeterChanges(scope)
            .OrderBy(c => domainOrder.GetValueOrDefault((c.Meter, c.Domain), int.MaxValue))
            .ThenBy(c => c.Meter, StringComparer.Ordinal)
            .ThenBy(c => c.Domain, StringComparer.Ordinal)
            .Select(c =>
            {
                var domain = reference.FindDomain(c.Meter, c.Domain);
                var interval = c.CiLow is { } lo && c.CiHigh is { } hi ? $"{f.Number(lo, 1)} … {f.Number(hi, 1)}" : string.Empty;
                return new MeterRowView(
                    c.Meter,
                    domain is null ? c.Domain : f.Labels.Name(domain),
                    c.IsSuppressed ? f.Suppressed() : c.N is { } n ? f.Shown(n, IndicatorUnits.Client) : f.NoData(),
                    c.IsSuppressed ? f.Suppressed() : c.MeanChange is { } m ? Signed(f, m) : f.NoData(),
                    interval,
                    c.IsImprovedSuppressed ? f.Suppressed() : c.ImprovedPct is { } p ? f.Shown(p, IndicatorUnits.Pct) : f.NoData());
            })
            .ToList();
        return new MeterSectionView(
            rows,
            f.Value(ix.R12(scope, IndicatorIds.MeterFollowUpLossPct)),
            f.Value(ix.R12(comparator, IndicatorIds.MeterFollowUpLossPct)),
            f.Value(ix.R12(scope, IndicatorIds.MeterCoveragePct)),
            f.Value(ix.R12(comparator, IndicatorIds.MeterCoveragePct)),
            f.Labels.IndicatorName(IndicatorCatalog.Get(IndicatorIds.MeterFollowUpLossPct)),
            f.Labels.IndicatorName(IndicatorCatalog.Get(IndicatorIds.MeterCoveragePct)));
    }

    private static ReportValue Signed(ReportFormatter f, double mean)
    {
        var text = f.Change(mean, IndicatorUnits.ScorePoints);
        return new ReportValue(text, false, false, mean, new RawHtml(WebUtility.HtmlEncode(text)));
    }
}
