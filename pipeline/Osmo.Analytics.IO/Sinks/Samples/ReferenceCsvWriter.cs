using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Writes reference data as the shipped-defaults CSV files: UTF-8 without BOM, <c>,</c>, header row,
/// <c>#</c> comment lines on top stating source and year.</summary>
internal static class ReferenceCsvWriter
{
    public static async Task<ImmutableArray<SampleFileInfo>> WriteAsync(string directory, ReferenceData reference, bool synthetic, int seed, int needYear, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        var files = ImmutableArray.CreateBuilder<SampleFileInfo>();
        var c = ReferenceComments.For(synthetic, seed, needYear);

        async Task Write(string name, string[] header, IEnumerable<string[]> rows)
        {
            var n = await CsvSampleWriter.WriteAsync(Path.Combine(directory, name), utf8, ',', c[name], header, rows, null, cancellationToken).ConfigureAwait(false);
            files.Add(new SampleFileInfo("reference/" + name, n, "utf-8"));
        }

        await Write("municipalities.csv", ["code", "name_fi", "name_sv", "subregion", "wellbeing_county", "population_18_64"],
            reference.Municipalities.Select(m => new[] { m.Code, m.NameFi, m.NameSv, m.Subregion, m.WellbeingCounty, Num(m.Population18To64) })).ConfigureAwait(false);
        await Write("wellbeing_counties.csv", ["code", "name_fi", "name_sv", "name_en"],
            reference.Counties.Select(w => new[] { w.Code, w.NameFi, w.NameSv, w.NameEn })).ConfigureAwait(false);
        await Write("target_groups.csv", ["code", "name_fi", "name_sv", "name_en"], Names(reference.TargetGroups)).ConfigureAwait(false);
        await Write("services.csv", ["code", "name_fi", "name_sv", "name_en"], Names(reference.Services)).ConfigureAwait(false);
        await Write("meters.csv", ["meter", "domain", "name_fi", "name_en", "min", "max", "higher_is_better"],
            reference.MeterDomains.Select(d => new[] { d.Meter, d.Domain, d.NameFi, d.NameEn, Num(d.Min), Num(d.Max), d.HigherIsBetter ? "true" : "false" })).ConfigureAwait(false);
        await Write("low_threshold_points.csv", ["point_id", "municipality", "name", "kind", "serves", "hours_per_week", "active_from", "active_to"],
            reference.LowThresholdPoints.Select(p => new[] { p.PointId, p.MunicipalityCode, p.Name, p.Kind, string.Join('|', p.Serves), Num(p.HoursPerWeek), Iso(p.ActiveFrom), Iso(p.ActiveTo) })).ConfigureAwait(false);
        await Write("participation_structures.csv", ["municipality", "structure", "active_from", "active_to"],
            reference.ParticipationStructures.Select(p => new[] { p.MunicipalityCode, p.Structure, Iso(p.ActiveFrom), Iso(p.ActiveTo) })).ConfigureAwait(false);
        await Write("need_reference.csv", ["municipality", "target_group", "year", "people_in_need"],
            reference.Needs.Select(n => new[] { n.MunicipalityCode, n.TargetGroup, Num(n.Year), Num(n.PeopleInNeed) })).ConfigureAwait(false);
        return files.ToImmutable();
    }

    private static IEnumerable<string[]> Names(IEnumerable<CodeName> names) => names.Select(n => new[] { n.Code, n.NameFi, n.NameSv, n.NameEn });

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
