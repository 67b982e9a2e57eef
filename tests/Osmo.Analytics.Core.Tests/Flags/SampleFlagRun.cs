using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.Sample;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Flags;

/// <summary>The seeded region sample run through validation, indicators, disclosure, peer groups, outliers and the
/// detector: planted gaps to find, and well-served municipalities to leave alone.</summary>
internal sealed record SampleFlagRun(
    SampleDataset Dataset,
    IndicatorResult Indicators,
    IReadOnlyList<PublishedIndicator> Published,
    PeerGroupAssignment PeerGroups,
    IReadOnlyList<ProfileOutlier> Outliers,
    IReadOnlyList<Flag> Flags)
{
    public static readonly Lazy<SampleFlagRun> Region = new(() => Run(new SampleOptions { Scale = SampleScale.Region, CaseCount = 12_000 }));

    public static SampleFlagRun Run(SampleOptions sampleOptions)
    {
        var (dataset, input) = Inputs(sampleOptions);
        var reference = dataset.Reference;
        var peers = PeerGroupClustering.Compute(reference, sampleOptions.Period, PeerGroupOptions.Default);
        var indicators = IndicatorCalculator.Compute(input with { PeerGroups = peers.Groups }, IndicatorOptions.Default);
        var published = IndicatorDisclosure.Suppress(indicators.Values, new DisclosureOptions());
        var outliers = ProfileOutliers.Detect(indicators, ProfileOutlierOptions.Default);
        var flagInput = new FlagInput(indicators.Period, indicators, published, reference, FlagTestData.Actions)
        {
            PeerGroups = peers.Groups,
            PeerGroupValues = PeerGroupIndicators.Shown(indicators.Values, published),
            Outliers = outliers,
        };
        return new SampleFlagRun(dataset, indicators, published, peers, outliers, FlagDetector.Detect(flagInput, FlagOptions.Default));
    }

    /// <summary>The generated sample validated into the indicator engine's input (no peer groups).</summary>
    public static (SampleDataset Dataset, IndicatorInput Input) Inputs(SampleOptions sampleOptions)
    {
        var dataset = SampleGenerator.Generate(sampleOptions);
        var reference = dataset.Reference;
        var options = new ValidationOptions { ExportDate = sampleOptions.ExportDate };
        var cases = Validate<ClientCase>(dataset, SourceKind.Cases, (b, h) => new CaseValidator("cases.csv", b, reference, options, h).Validate);
        var meters = Validate<MeterScore>(dataset, SourceKind.Meters, (b, h) => new MeterValidator("meters.csv", b, reference, options, h).Validate);
        var sessionValidator = new GroupSessionValidator("group_sessions.csv", Bind(SourceKind.GroupSessions).Binding, reference, options, Bind(SourceKind.GroupSessions).Header);
        var sessions = Validate<GroupSession>(dataset, SourceKind.GroupSessions, (_, _) => sessionValidator.Validate);
        var attendance = Validate<Attendance>(dataset, SourceKind.GroupAttendance,
            (b, h) => new AttendanceValidator("group_attendance.csv", b, sessionValidator.HeldSessions, options, h).Validate);

        return (dataset, new IndicatorInput(sampleOptions.Period, reference, cases, meters, sessions, attendance));
    }

    private static (HeaderBinding Binding, string[] Header) Bind(SourceKind kind)
    {
        var header = EntitySchemas.For(kind).Columns.Select(c => c.Name).ToArray();
        return (HeaderMatcher.Bind(EntitySchemas.For(kind), header), header);
    }

    private static List<T> Validate<T>(SampleDataset dataset, SourceKind kind, Func<HeaderBinding, string[], Func<SourceRecord, RowResult<T>>> validator)
        where T : class
    {
        var (binding, header) = Bind(kind);
        var validate = validator(binding, header);
        var accepted = new List<T>();
        var line = 1;
        foreach (var row in dataset.Rows(kind))
        {
            var result = validate(new SourceRecord(++line, row));
            if (result.IsAccepted)
            {
                accepted.Add(result.Value!);
            }
        }

        return accepted;
    }
}
