using System.Text.Json;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>The whole run over <see cref="MixedExportFolder"/>: exit code, totals, identifiers, nothing leaked.</summary>
[TestClass]
public sealed class MixedExportFolderTests
{
    [TestMethod]
    public void Validate_MixedDialects_ExitsZeroAndTotalsAddUp()
    {
        var run = MixedExportFolder.Run;

        run.ExitCode.Should().Be(0, run.Console);
        var totals = run.Manifest.GetProperty("totals");
        // 41 + 19 + 14 + 14 rows read; 12 + 6 + 5 + 6 accepted.
        totals.GetProperty("rows_read").GetInt64().Should().Be(88);
        totals.GetProperty("rows_accepted").GetInt64().Should().Be(29);
        totals.GetProperty("rows_quarantined").GetInt64().Should().Be(59);
        totals.GetProperty("quarantined_by_reason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64())
            .Should().BeEquivalentTo(ContractRun.ByReason(
                ("direct_identifier", 5), ("duplicate_row", 4), ("bad_value", 18), ("unknown_code", 11), ("future_date", 9),
                ("date_order", 3), ("closure_mismatch", 2), ("conflicting_key", 3), ("orphan_row", 4)));
        run.Quarantine.Should().HaveCount(59);
    }

    [TestMethod]
    public void Validate_MixedDialects_EveryFileReconcilesWithTheQuarantineFile()
    {
        var run = MixedExportFolder.Run;

        foreach (var file in new[] { "cases.csv", "meters.csv", "group_sessions.csv", "group_attendance.xlsx" })
        {
            var report = run.Input(file);
            report.RowsRead.Should().Be(report.RowsAccepted + report.RowsQuarantined, file);
            report.QuarantinedByReason.Values.Sum().Should().Be(report.RowsQuarantined, file);
            foreach (var (reason, count) in report.QuarantinedByReason)
            {
                run.Quarantine.Count(q => q.File == file && q.Reason == reason).Should().Be((int)count, $"{file} {reason}");
            }
        }
    }

    [TestMethod]
    public void Validate_MixedDialects_IdentifiersCountedByKind()
    {
        var found = MixedExportFolder.Run.Manifest.GetProperty("direct_identifiers_found");

        // cases: phone on lines 37 and 40, henkilötunnus on 38, e-mail on 39; attendance: henkilötunnus on row 13.
        found.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64())
            .Should().BeEquivalentTo(new Dictionary<string, long> { ["henkilotunnus"] = 2, ["email"] = 1, ["phone"] = 2 });
    }

    [TestMethod]
    public void Validate_MixedDialects_NoPlantedIdentifierInAnyOutputOrTheConsole()
    {
        var run = MixedExportFolder.Run;
        string[] planted = [MixedExportFolder.CasesHetu, MixedExportFolder.AttendanceHetu, MixedExportFolder.Phone, "0401234567", MixedExportFolder.Email, "131052", "010594"];

        var texts = run.EveryOutputText().ToList();

        texts.Should().Contain(t => t.Name.EndsWith("quarantine.csv", StringComparison.Ordinal));
        foreach (var (name, text) in texts)
        {
            foreach (var id in planted)
            {
                text.Should().NotContain(id, $"{name} must not hold a planted identifier");
            }
        }

        // Masked forms are there instead: the henkilötunnus keeps its control character.
        run.Quarantine.Single(q => q.File == "cases.csv" && q.Line == 38).RowMasked.Should().EndWith("hetu ******-***T;");
        run.Quarantine.Single(q => q.File == "group_attendance.xlsx" && q.Line == 13).RowMasked.Should().Contain("******-***2");
    }

    [TestMethod]
    public void Validate_MixedDialects_ManifestNamesEveryInput()
    {
        var files = MixedExportFolder.Run.Manifest.GetProperty("inputs").EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();

        files.Should().StartWith(["cases.csv", "meters.csv", "group_sessions.csv", "group_attendance.xlsx"]);
        files.Should().Contain("reference/municipalities.csv");
        MixedExportFolder.Run.Manifest.GetProperty("status").GetString().Should().Be("ok");
        MixedExportFolder.Run.Manifest.GetProperty("command").ValueKind.Should().Be(JsonValueKind.String);
    }
}
