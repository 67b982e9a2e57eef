using System.Globalization;
using System.Text.RegularExpressions;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.Core.Tests.Sample;

[TestClass]
public sealed partial class SampleGeneratorTests
{
    private static readonly SampleOptions Small = new() { Scale = SampleScale.Small };

    // National world with few cases: all 300 synthetic municipalities and their reference rows, quick to enumerate.
    private static readonly SampleOptions NationalLight = new() { Scale = SampleScale.National, CaseCount = 40_000 };

    private static readonly Lazy<SampleDataset> Region = new(() => SampleGenerator.Generate(new SampleOptions { Scale = SampleScale.Region }));

    [TestMethod]
    public void Generate_SameSeedTwice_SameRowsInEveryExport()
    {
        var a = SampleGenerator.Generate(Small);
        var b = SampleGenerator.Generate(Small);

        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            var rowsA = a.Rows(kind).Select(r => string.Join('\u001f', r)).ToList();
            var rowsB = b.Rows(kind).Select(r => string.Join('\u001f', r)).ToList();
            rowsA.Should().NotBeEmpty();
            rowsB.Should().Equal(rowsA, $"{kind} must be reproducible from the seed");
        }

        b.Truths.Should().Equal(a.Truths);
    }

    [TestMethod]
    public void Generate_DifferentSeed_DifferentRows()
    {
        var a = SampleGenerator.Generate(Small).Rows(SourceKind.Cases).Select(r => string.Join(';', r)).ToList();
        var b = SampleGenerator.Generate(Small with { Seed = 7 }).Rows(SourceKind.Cases).Select(r => string.Join(';', r)).ToList();

        b.Should().NotEqual(a);
    }

    [TestMethod]
    public void Rows_EveryExport_ColumnCountMatchesSchema()
    {
        foreach (var dataset in new[] { SampleGenerator.Generate(Small), SampleGenerator.Generate(NationalLight) })
        {
            foreach (var schema in EntitySchemas.All)
            {
                dataset.Rows(schema.Kind).Should().OnlyContain(r => r.Length == schema.Columns.Length, schema.FileStem);
            }
        }
    }

    [TestMethod]
    [DataRow(SampleScale.Small)]
    [DataRow(SampleScale.Region)]
    [DataRow(SampleScale.National)]
    public void Rows_EveryCode_ExistsInReference(SampleScale scale)
    {
        var dataset = scale switch
        {
            SampleScale.Region => Region.Value,
            SampleScale.National => SampleGenerator.Generate(NationalLight),
            _ => SampleGenerator.Generate(Small),
        };
        var r = dataset.Reference;
        var municipalities = r.Municipalities.Select(m => m.Code).ToHashSet();

        // Plain checks in the loops (FluentAssertions per cell would dominate the run time); one assertion at the end.
        var bad = new List<string>();
        foreach (var row in dataset.Rows(SourceKind.Cases))
        {
            if (!municipalities.Contains(row[2]) || !r.TargetGroupCodes.Contains(row[3]) || !Codes.Channels.Contains(row[6])
                || (row[12].Length > 0 && !row[12].Split('|').All(r.ServiceCodes.Contains)))
            {
                bad.Add("cases: " + string.Join(';', row));
            }
        }

        foreach (var row in dataset.Rows(SourceKind.Meters))
        {
            var domain = r.FindDomain(row[4], row[6]);
            var score = double.Parse(row[7], CultureInfo.InvariantCulture);
            if (!municipalities.Contains(row[3]) || domain is null || score < domain.Min || score > domain.Max)
            {
                bad.Add("meters: " + string.Join(';', row));
            }
        }

        foreach (var row in dataset.Rows(SourceKind.GroupSessions))
        {
            if (!municipalities.Contains(row[2]) || !Codes.GroupTypes.Contains(row[3]) || (row[4].Length > 0 && !r.TargetGroupCodes.Contains(row[4])))
            {
                bad.Add("group_sessions: " + string.Join(';', row));
            }
        }

        bad.Should().BeEmpty();
        r.Needs.Select(n => n.MunicipalityCode).Should().OnlyContain(c => municipalities.Contains(c));
        r.LowThresholdPoints.SelectMany(p => p.Serves).Should().OnlyContain(g => r.TargetGroupCodes.Contains(g));
        r.Municipalities.Select(m => m.WellbeingCounty).Should().OnlyContain(c => r.Counties.Any(w => w.Code == c));
    }

    [TestMethod]
    [DataRow(SampleScale.Region)]
    [DataRow(SampleScale.National)]
    public void Rows_NoCell_LooksLikeDirectIdentifier(SampleScale scale)
    {
        var dataset = scale == SampleScale.Region ? Region.Value : SampleGenerator.Generate(NationalLight);
        var cells = 0L;
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            foreach (var row in dataset.Rows(kind))
            {
                foreach (var cell in row)
                {
                    cells++;
                    if (Hetu().IsMatch(cell) || Email().IsMatch(cell) || Phone().IsMatch(cell))
                    {
                        Assert.Fail($"{kind}: '{cell}' looks like a direct identifier");
                    }
                }
            }
        }

        cells.Should().BeGreaterThan(100_000);
    }

    [TestMethod]
    public void IdentifierPatterns_CatchRealLookingValues()
    {
        // The test's own regexes must bite, or the test above proves nothing. 131052-308T: check char of 131052308 mod 31 = 25 -> 'T'.
        Hetu().IsMatch("131052-308T").Should().BeTrue();
        Email().IsMatch("maija.meikalainen@example.fi").Should().BeTrue();
        Phone().IsMatch("040 123 4567").Should().BeTrue();
        Phone().IsMatch("+358 40 1234567").Should().BeTrue();
        Phone().IsMatch("2025-10-05").Should().BeFalse();
        Phone().IsMatch("K001000123").Should().BeFalse();
    }

    [TestMethod]
    public void Generate_Region_CaseAndRowCountsInExpectedRange()
    {
        var d = Region.Value;
        var cases = d.Rows(SourceKind.Cases).Count();
        var meters = d.Rows(SourceKind.Meters).Count();
        var sessions = d.Rows(SourceKind.GroupSessions).Count();

        d.Reference.Municipalities.Should().HaveCount(18);
        cases.Should().BeInRange(29_500, 30_500);
        meters.Should().BeInRange(3 * cases, 7 * cases);
        sessions.Should().BeInRange(1_000, 6_000);
        d.Rows(SourceKind.GroupAttendance).Count().Should().BeInRange(sessions, 8 * sessions);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])")]
    private static partial Regex Hetu();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Za-z+])(?:\+358|00358|0)(?:[ -]?\d){5,11}(?![0-9])")]
    private static partial Regex Phone();
}
