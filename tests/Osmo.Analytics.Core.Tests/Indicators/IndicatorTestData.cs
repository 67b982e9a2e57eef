using System.Collections.Immutable;
using System.Globalization;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>Small reference data and record builders for hand-worked indicator examples.</summary>
/// <remarks>
/// Counties 01 (municipalities 005 pop 1,000 and 010 pop 2,000) and 02 (municipality 020 pop 4,000): 7,000 in all.
/// Target groups <c>ya</c> (young adults) and <c>ue</c> (long-term unemployed).
/// Meter domains: KYKYVIISARI/overall 0-10 higher is better; ESY/stress 1-5 LOWER is better.
/// </remarks>
internal static class IndicatorTestData
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static ReferenceData Reference(
        IReadOnlyList<NeedEstimate>? needs = null,
        IReadOnlyList<LowThresholdPoint>? points = null,
        IReadOnlyList<ParticipationStructure>? structures = null) =>
        new(
            [
                new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "01", 1000),
                new Municipality("010", "Alavus", "Alavus", "Kuusiokunnat", "01", 2000),
                new Municipality("020", "Akaa", "Akaa", "Etelä-Pirkanmaa", "02", 4000),
            ],
            [new WellbeingCounty("01", "Etelä-Pohjanmaa", "Södra Österbotten", "South Ostrobothnia"), new WellbeingCounty("02", "Pirkanmaa", "Birkaland", "Pirkanmaa")],
            [new CodeName("ya", "nuoret aikuiset", "unga vuxna", "young adults"), new CodeName("ue", "pitkäaikaistyöttömät", "långtidsarbetslösa", "long-term unemployed")],
            [new CodeName("social_rehab", "sosiaalinen kuntoutus", "social rehabilitering", "social rehabilitation")],
            [
                new MeterDomain("KYKYVIISARI", "overall", "kokonaisuus", "overall", 0, 10, true),
                new MeterDomain("ESY", "stress", "kuormitus", "stress", 1, 5, false),
            ],
            points ?? [],
            structures ?? [],
            needs ?? []);

    public static ClientCase Case(
        string id, string client, string muni, string tg, string opened,
        string? closed = null, string? reason = null, string channel = "office", bool? ssn = null,
        string? started = null, string? completed = null, string? plan = null, string? rehab = null,
        bool? expert = null, int? level = null) =>
        new(id, client, muni, tg, null, D(opened), channel, ssn, Opt(started), Opt(completed), Opt(plan), Opt(rehab),
            ImmutableArray<string>.Empty, expert, level, Opt(closed), reason);

    public static MeterScore Score(string measurement, string client, string muni, string meter, string domain, string on, double score, string? caseId = null) =>
        new(measurement, client, caseId, muni, meter, D(on), domain, score);

    public static GroupSession Held(string group, string muni, string? tg, string on, int participants, string type = "activity", string? location = null, bool? expert = null, string? name = null) =>
        new(group, name ?? "Ryhmä " + group, muni, type, tg, D(on), true, null, participants, location, expert);

    public static GroupSession Cancelled(string group, string muni, string? tg, string on, string reason, string type = "activity") =>
        new(group, "Ryhmä " + group, muni, type, tg, D(on), false, reason, null, null, null);

    public static IndicatorResult Compute(
        string period,
        IReadOnlyList<ClientCase>? cases = null,
        IReadOnlyList<MeterScore>? meters = null,
        IReadOnlyList<GroupSession>? sessions = null,
        IReadOnlyList<Attendance>? attendance = null,
        ReferenceData? reference = null,
        IndicatorOptions? options = null,
        IReadOnlyDictionary<string, string>? peerGroups = null) =>
        IndicatorCalculator.Compute(
            new IndicatorInput(D(period + "-01"), reference ?? Reference(), cases ?? [], meters ?? [], sessions ?? [], attendance ?? [])
            {
                PeerGroups = peerGroups ?? new Dictionary<string, string>(),
            },
            options ?? IndicatorOptions.Default);

    /// <summary>The one value with these keys; <paramref name="key"/> is "005", "005/ya", "01", "01/ya" or "all".</summary>
    public static IndicatorValue Value(this IndicatorResult result, string indicator, string level, string key, string window, string period)
    {
        var (county, muni, tg) = Keys(level, key);
        var p = D(period + "-01");
        return result.Values.Single(v => v.IndicatorId == indicator && v.Level == level && v.Window == window && v.Period == p
            && v.WellbeingCounty == county && v.MunicipalityCode == muni && v.TargetGroup == tg);
    }

    public static (string? County, string? Muni, string? Tg) Keys(string level, string key)
    {
        var parts = key.Split('/');
        string CountyOf(string muni) => muni == "020" ? "02" : "01";
        return level switch
        {
            IndicatorLevels.MunicipalityXTargetGroup => (CountyOf(parts[0]), parts[0], parts[1]),
            IndicatorLevels.Municipality => (CountyOf(parts[0]), parts[0], null),
            IndicatorLevels.CountyXTargetGroup => (parts[0], null, parts[1]),
            IndicatorLevels.County => (parts[0], null, null),
            _ => (null, null, null),
        };
    }

    private static DateOnly? Opt(string? iso) => iso is null ? null : D(iso);
}
