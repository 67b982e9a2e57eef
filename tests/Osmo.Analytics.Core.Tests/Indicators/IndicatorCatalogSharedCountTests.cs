using Osmo.Analytics.Core.Tests.Flags;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>The catalog's shared counts (<see cref="IndicatorDefinition.SameCount"/>) against the numbers of the seeded
/// region sample: each declared identity holds at every key, and no other pair of published counts is always equal.</summary>
[TestClass]
public sealed class IndicatorCatalogSharedCountTests
{
    // The residents aged 18-64 are the denominator of both per-1,000 rates: a public reference figure, not a count.
    // Sessions and groups are facts about services, never suppressed (IndicatorMeasures): their repeats need no link.
    private static readonly (string, string)[] PublicFigures =
    [
        ("clients_per_1000.denominator", "social_rehab_decisions_per_1000.denominator"),
        ("group_attendance_mean.denominator", "group_sessions_held.numerator"),
        ("group_attendance_mean.denominator", "sessions_low_threshold_pct.denominator"),
        ("group_sessions_held.numerator", "sessions_low_threshold_pct.denominator"),
        ("groups_active.numerator", "groups_experience_expert_pct.denominator"),
    ];

    [TestMethod]
    public void SameCount_EveryDeclaredIdentity_HoldsAtEveryKeyOfTheSample()
    {
        var parts = Parts(SampleFlagRun.Region.Value.Indicators.Values);
        var declared = IndicatorCatalog.All.Where(d => d.SameCount is not null).ToList();

        declared.Select(d => d.Id).Should().BeEquivalentTo(
            "clients_per_1000", "reach_pct", "experience_expert_pct", "outreach_first_contact_pct", "unplanned_closure_pct",
            "social_rehab_decisions_per_1000");
        foreach (var d in declared)
        {
            var shared = parts[$"{d.Id}.{d.SameCount!.Part}"];
            var count = parts[$"{d.SameCount.CountIndicatorId}.numerator"];
            shared.Should().NotBeEmpty();
            foreach (var (key, value) in shared)
            {
                count.Should().ContainKey(key).WhoseValue.Should().Be(value, $"{d.Id} {d.SameCount.Part} at {key}");
            }
        }
    }

    [TestMethod]
    public void SameCount_NoUndeclaredPairOfCounts_IsEqualAtEveryKeyOfTheSample()
    {
        var parts = Parts(SampleFlagRun.Region.Value.Indicators.Values);
        var linked = IndicatorCatalog.All.Where(d => d.SameCount is not null)
            .Select(d => (Part: $"{d.Id}.{d.SameCount!.Part}", Count: $"{d.SameCount.CountIndicatorId}.numerator"))
            .ToList();
        // Parts linked to one count are linked to each other through it.
        string Root(string part) => linked.FirstOrDefault(l => l.Part == part).Count ?? part;

        var names = parts.Keys.Order(StringComparer.Ordinal).ToList();
        var undeclared = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (a, b) = (parts[names[i]], parts[names[j]]);
                var common = a.Keys.Where(b.ContainsKey).ToList();
                var alwaysEqual = common.Count > 0 && common.All(k => a[k] == b[k]) && common.Count(k => a[k] > 0) >= 20;
                if (alwaysEqual && Root(names[i]) != Root(names[j]) && !PublicFigures.Contains((names[i], names[j])))
                {
                    undeclared.Add($"{names[i]} = {names[j]}");
                }
            }
        }

        undeclared.Should().BeEmpty();
    }

    /// <summary>indicator.numerator / indicator.denominator -> key -> value.</summary>
    private static Dictionary<string, Dictionary<string, long>> Parts(IReadOnlyList<IndicatorValue> values)
    {
        var parts = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            var key = $"{v.Period:yyyy-MM} {v.Window} {v.Level} {v.WellbeingCounty} {v.MunicipalityCode} {v.TargetGroup} {v.PeerGroup}";
            Add("numerator", v.Numerator);
            Add("denominator", v.Denominator);

            void Add(string part, long? value)
            {
                if (value is { } x)
                {
                    var name = $"{v.IndicatorId}.{part}";
                    if (!parts.TryGetValue(name, out var cells))
                    {
                        parts[name] = cells = new Dictionary<string, long>(StringComparer.Ordinal);
                    }

                    cells[key] = x;
                }
            }
        }

        return parts;
    }
}
