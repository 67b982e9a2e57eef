using System.Globalization;
using Osmo.Analytics.Model;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.Core.Tests.Sample;

/// <summary>Generated rows must pass the contract's row rules: a clean sample quarantines nothing.</summary>
public sealed partial class SampleGeneratorTests
{
    private static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string s) => s.Length == 0 ? null : Date(s);

    [TestMethod]
    public void Cases_Region_FollowTheContractRowRules()
    {
        var d = Region.Value;
        var export = d.Options.ExportDate;
        var ids = new HashSet<string>();
        var bad = new List<string>();
        foreach (var r in d.Rows(SourceKind.Cases))
        {
            var opened = Date(r[5]);
            var dates = new[] { 8, 9, 10, 11, 15 }.Select(i => OptionalDate(r[i])).ToArray();
            var ok = ids.Add(r[0])
                && opened <= d.Options.WindowEnd
                && dates.All(x => x is null || (x.Value >= opened && x.Value <= export))
                && !(dates[0] is { } started && dates[1] is { } done && done < started)
                && (r[15].Length > 0) == (r[16].Length > 0)
                && (r[16].Length == 0 || Codes.ClosureReasons.Contains(r[16]))
                && (r[14].Length == 0 || int.Parse(r[14], CultureInfo.InvariantCulture) is >= 1 and <= 4)
                && (r[4].Length == 0 || Codes.AgeBands.Contains(r[4]));
            if (!ok)
            {
                bad.Add(string.Join(';', r));
            }
        }

        bad.Should().BeEmpty("a clean sample must pass every row rule (unique case_id, date order, closure pairs, codes)");
        ids.Should().HaveCountGreaterThan(29_000);
    }

    [TestMethod]
    public void Exports_Region_KeysUniqueAndAttendancePointsAtHeldSessions()
    {
        var d = Region.Value;
        var meterKeys = new HashSet<(string, string)>();
        var badMeters = d.Rows(SourceKind.Meters).Count(r => !meterKeys.Add((r[0], r[6])) || Date(r[5]) > d.Options.WindowEnd);
        badMeters.Should().Be(0, "(measurement_id, domain) is unique and no measurement is after the window");

        var held = new HashSet<(string, string)>();
        var sessionKeys = new HashSet<(string, string)>();
        foreach (var r in d.Rows(SourceKind.GroupSessions))
        {
            sessionKeys.Add((r[0], r[5])).Should().BeTrue($"({r[0]}, {r[5]}) must be unique");
            if (r[6] == "held")
            {
                held.Add((r[0], r[5]));
                r[7].Should().BeEmpty();
                int.Parse(r[8], CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0);
            }
            else
            {
                r[6].Should().Be("cancelled");
                Codes.CancelReasons.Should().Contain(r[7]);
            }
        }

        var attendance = new HashSet<string>();
        var badAttendance = d.Rows(SourceKind.GroupAttendance).Count(r => !held.Contains((r[0], r[1])) || !attendance.Add(string.Join(';', r)));
        badAttendance.Should().Be(0, "attendance points at held sessions and never repeats a row (orphan_row, duplicate_row)");
        attendance.Should().NotBeEmpty();
    }
}
