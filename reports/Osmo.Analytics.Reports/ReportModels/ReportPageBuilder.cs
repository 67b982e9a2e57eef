using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Builds the view of each page of a report set: pure functions of the published results.</summary>
internal static class ReportPageBuilder
{
    /// <summary>The municipality report of <paramref name="municipality"/>.</summary>
    public static MunicipalityReportView Municipality(ResultsIndex ix, ReportFormatter f, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var reference = ix.Results.Reference;
        var scope = ReportScope.Municipality(municipality.Code);
        var countyScope = ReportScope.County(municipality.WellbeingCounty);
        var county = reference.Counties.FirstOrDefault(c => c.Code == municipality.WellbeingCounty);
        var countyName = county is null ? municipality.WellbeingCounty : f.Labels.Name(county);
        var name = f.Labels.Name(municipality);
        var own = ix.Results.Flags.Where(fl => fl.MunicipalityCode == municipality.Code).ToList();
        var (high, medium, info) = ReportSections.Count(own);
        return new MunicipalityReportView(
            f.Language,
            name,
            municipality.Code,
            countyName,
            ReportLinks.County(municipality.WellbeingCounty),
            f.Month(ix.Period),
            R12Range(ix, f),
            f.Month(ix.Period.AddMonths(-12)),
            ReportSections.KeyFigures(ix, f, scope),
            ReportSections.Flags(ix, f, fl => fl.MunicipalityCode == municipality.Code, "flag-", withTrends: true),
            high,
            medium,
            info,
            ReportSections.TargetGroupTables(ix, f, scope, countyScope),
            ix.Results.PeerGroups.ContainsKey(municipality.Code),
            ReportSections.Trends(ix, f, scope, name, countyScope, countyName),
            ReportSections.Meters(ix, f, scope, countyScope),
            ReportSections.Figures(ix, f, scope, ReportIndicators.GroupFigures),
            ReportSections.Groups(ix, f, municipality.Code),
            ReportSections.Figures(ix, f, scope, ReportIndicators.Structures),
            ReportSections.Points(ix, f, municipality.Code),
            ReportSections.Method(ix, f));
    }

    /// <summary>The county report of <paramref name="county"/>: its own figures and a table of its municipalities.</summary>
    public static CountyReportView County(ResultsIndex ix, ReportFormatter f, WellbeingCounty county)
    {
        ArgumentNullException.ThrowIfNull(county);
        var scope = ReportScope.County(county.Code);
        var name = f.Labels.Name(county);
        var municipalities = ReportSections.MunicipalitiesOf(ix, county.Code).ToList();
        var codes = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var own = ix.Results.Flags.Where(fl => codes.Contains(fl.MunicipalityCode)).ToList();
        var (high, medium, info) = ReportSections.Count(own);
        var key = ReportIndicators.KeyFigures;
        var caption = f.Labels.L("Kunnat rinnakkain", "Kommunerna sida vid sida", "Municipalities side by side");
        return new CountyReportView(
            f.Language,
            name,
            county.Code,
            f.Labels.AllData,
            f.Month(ix.Period),
            R12Range(ix, f),
            f.Month(ix.Period.AddMonths(-12)),
            ReportSections.KeyFigures(ix, f, scope),
            ReportSections.Flags(ix, f, fl => codes.Contains(fl.MunicipalityCode), "flag-", withTrends: false),
            high,
            medium,
            info,
            [.. municipalities.Select(m => Link(f, m, own))],
            [
                ReportSections.MunicipalityMatrix(ix, f, caption + " (1/2)", county.Code, name, key.Take(4).ToList()),
                ReportSections.MunicipalityMatrix(ix, f, caption + " (2/2)", county.Code, name, key.Skip(4).ToList()),
            ],
            ReportSections.TargetGroupTables(ix, f, scope, ReportScope.All),
            ReportSections.Trends(ix, f, scope, name, ReportScope.All, f.Labels.AllData),
            ReportSections.Meters(ix, f, scope, ReportScope.All),
            ReportSections.MunicipalityMatrix(ix, f, f.Labels.L("Ryhmätoiminta kunnittain", "Gruppverksamhet per kommun", "Group activity by municipality"), county.Code, name,
                [IndicatorIds.GroupsActive, IndicatorIds.GroupSessionsHeld, IndicatorIds.SessionsNoParticipants, IndicatorIds.GroupsExperienceExpertPct]),
            ReportSections.MunicipalityMatrix(ix, f, f.Labels.L("Osallisuusrakenteet kunnittain", "Delaktighetsstrukturer per kommun", "Participation structures by municipality"), county.Code, name,
                ReportIndicators.Structures),
            ReportSections.Method(ix, f));
    }

    /// <summary>The index: counties with municipality reports, in reference order.</summary>
    public static IndexView Index(ResultsIndex ix, ReportFormatter f, IReadOnlyList<WellbeingCounty> counties)
    {
        var list = new List<CountyLinksView>();
        foreach (var county in counties)
        {
            var municipalities = ReportSections.MunicipalitiesOf(ix, county.Code).ToList();
            var codes = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
            var flags = ix.Results.Flags.Where(fl => codes.Contains(fl.MunicipalityCode)).ToList();
            var (high, medium, info) = ReportSections.Count(flags);
            list.Add(new CountyLinksView(
                new LinkView(county.Code, f.Labels.Name(county), ReportLinks.County(county.Code), high, medium, info),
                [.. municipalities.Select(m => Link(f, m, flags))]));
        }

        return new IndexView(f.Language, f.Month(ix.Period), R12Range(ix, f), ix.Results.RunId, list);
    }

    /// <summary>The r12 window as months: <c>11/2024–10/2025</c>.</summary>
    public static string R12Range(ResultsIndex ix, ReportFormatter f) => ReportFormatter.MonthShort(ix.Period.AddMonths(-11)) + "–" + ReportFormatter.MonthShort(ix.Period);

    private static LinkView Link(ReportFormatter f, Municipality m, IEnumerable<Flags.Flag> flags)
    {
        var (high, medium, info) = ReportSections.Count(flags.Where(fl => fl.MunicipalityCode == m.Code));
        return new LinkView(m.Code, f.Labels.Name(m), ReportLinks.Municipality(m.Code), high, medium, info);
    }
}
