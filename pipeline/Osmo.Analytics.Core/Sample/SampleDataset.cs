using System.Collections.Immutable;
using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>A generated sample: reference data, planted truths and the four exports as lazily generated rows.</summary>
/// <remarks>Rows are <c>string[]</c> in the column order of <see cref="EntitySchemas"/>, in canonical form: ISO dates,
/// invariant numbers, <c>true</c>/<c>false</c> booleans, empty string for a missing value, codes (never names) for
/// municipalities. Each call of <see cref="Rows"/> regenerates the rows from the seed, one municipality at a time,
/// so a national-scale export is streamed and never held in memory whole.</remarks>
public sealed class SampleDataset
{
    private readonly SampleWorld _world;

    internal SampleDataset(SampleWorld world) => _world = world;

    /// <summary>The options the sample was generated with.</summary>
    public SampleOptions Options => _world.Options;

    /// <summary>Reference data the rows agree with: the real Etelä-Pohjanmaa defaults (small: their subset),
    /// or the synthetic national municipalities.</summary>
    public ReferenceData Reference => _world.Reference;

    /// <summary>What was planted where, in municipality order.</summary>
    public ImmutableArray<PlantedTruth> Truths => _world.Truths;

    /// <summary>Cases generated per municipality code (sums to about <see cref="SampleOptions.EffectiveCaseCount"/>).</summary>
    public IReadOnlyDictionary<string, int> CaseCounts =>
        _world.Plans.ToDictionary(p => p.Municipality.Code, p => p.CasesByGroup.Sum(), StringComparer.Ordinal);

    /// <summary>The rows of one export, streamed.</summary>
    public IEnumerable<string[]> Rows(SourceKind kind) => kind switch
    {
        SourceKind.Cases => Cases(),
        SourceKind.Meters => Each(MeterSimulator.Rows),
        SourceKind.GroupSessions => Each(GroupSimulator.SessionRows),
        SourceKind.GroupAttendance => Each(GroupSimulator.AttendanceRows),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private IEnumerable<string[]> Each(Func<SampleWorld, MunicipalityPlan, IEnumerable<string[]>> rows)
    {
        foreach (var plan in _world.Plans)
        {
            foreach (var row in rows(_world, plan))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<string[]> Cases()
    {
        foreach (var plan in _world.Plans)
        {
            var code = plan.Municipality.Code;
            foreach (var c in CaseSimulator.Simulate(_world, plan))
            {
                yield return
                [
                    c.CaseId, c.ClientId, code, CodeCatalog.TargetGroups[c.Group].Code, c.AgeBand, SampleDates.Iso(c.OpenedOn), c.Channel,
                    Bool(c.SpecialSupportNeed), SampleDates.Iso(c.AssessmentStartedOn), SampleDates.Iso(c.AssessmentCompletedOn),
                    SampleDates.Iso(c.ClientPlanOn), SampleDates.Iso(c.SocialRehabDecidedOn), c.Services, Bool(c.ExperienceExpert),
                    c.ParticipationLevel?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, SampleDates.Iso(c.ClosedOn), c.ClosureReason ?? string.Empty,
                ];
            }
        }
    }

    private static string Bool(bool? b) => b switch { true => "true", false => "false", null => string.Empty };
}
