using System.Collections.Immutable;
using System.Security.Cryptography;
using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.Tests.Sources;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.Tests.ReferenceFiles;

[TestClass]
public sealed partial class ReferenceLoaderTests
{
    [TestMethod]
    public void Load_Defaults_MunicipalityCodesZeroPaddedAndNumbersParsed()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);

        var data = ReferenceLoader.Load(defaults, null).Data;

        // "10" is padded to "010"; "5 123" and "38 500,0" are 5123 and 38500; an empty name_sv falls back to name_fi.
        data.Municipalities.Should().Equal(
            new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "EP", 5123),
            new Municipality("010", "Alavus", "Alavus", "Kuusiokunnat", "EP", 6000),
            new Municipality("743", "Seinäjoki", "Seinäjoki", "Seinäjoki", "EP", 38500));
        data.FindMunicipality("10")!.NameFi.Should().Be("Alavus");
        data.Counties.Should().Equal(new WellbeingCounty("EP", "Etelä-Pohjanmaan hyvinvointialue", "Välfärdsområdet Södra Österbotten", "South Ostrobothnia"));
    }

    [TestMethod]
    public void Load_Defaults_CodesStayTextAndEveryFileParsed()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);

        var data = ReferenceLoader.Load(defaults, null).Data;

        // A target group code "005" is a string, not the number 5; missing names fall back to the Finnish one.
        data.TargetGroups.Should().Equal(
            new CodeName("tyot", "Työttömät", "Arbetslösa", "Unemployed"),
            new CodeName("005", "Koodi nollalla", "Koodi nollalla", "Koodi nollalla"));
        data.Services.Should().Equal(new CodeName("sos_kunt", "Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"));
        data.MeterDomains.Should().Equal(
            new MeterDomain("AVHV", "housing", "Asuminen", "Housing", 1, 10, true),
            new MeterDomain("KYKYVIISARI", "work_ability", "Työkyky", "Work ability", 0, 10, true),
            new MeterDomain("ESY", "distress", "Kuormittuneisuus", "Distress", 0.5, 7.5, false));
        data.LowThresholdPoints.Should().BeEquivalentTo(
            new[]
            {
                new LowThresholdPoint("P1", "005", "Olohuone", "drop_in", ImmutableArray.Create("tyot", "005"), 12.5, new DateOnly(2024, 3, 1), null),
                new LowThresholdPoint("P2", "743", "Bussi", "mobile", ImmutableArray.Create("tyot"), 6, new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)),
            },
            o => o.WithStrictOrdering());
        data.ParticipationStructures.Should().Equal(new ParticipationStructure("743", "client_panel", new DateOnly(2024, 1, 1), null));
        data.Needs.Should().Equal(new NeedEstimate("743", "tyot", 2024, 1250));
    }

    [TestMethod]
    public void Load_Defaults_ListsFilesWithManifestNamesAndSha256()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);

        var loaded = ReferenceLoader.Load(defaults, null);

        loaded.Files.Select(f => f.Name).Should().Equal(
            "reference/municipalities.csv", "reference/wellbeing_counties.csv", "reference/target_groups.csv", "reference/services.csv",
            "reference/meters.csv", "reference/low_threshold_points.csv", "reference/participation_structures.csv", "reference/need_reference.csv");
        var meters = loaded.Files.Single(f => f.Name == "reference/meters.csv");
        var bytes = File.ReadAllBytes(Path.Combine(defaults, "meters.csv"));
        meters.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        meters.Length.Should().Be(bytes.Length);
        meters.Path.Should().Be(Path.Combine(defaults, "meters.csv"));
        loaded.Files.Should().OnlyContain(f => !f.IsOverride);
        loaded.MissingOptional.Should().BeEmpty();
    }

    [TestMethod]
    public void Load_OverrideFolder_ReplacesFileByFile()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);
        // The override has only municipalities (one row, Windows-1252 "ä" = E4, comma-delimited, upper-case name).
        byte[] municipalities =
        [
            .. "code,name_fi,name_sv,subregion,wellbeing_county,population_18_64\r\n743,Sein"u8.ToArray(), 0xE4,
            .. "joki,,Sein"u8.ToArray(), 0xE4, .. "joki,EP,40000\r\n"u8.ToArray(),
        ];
        folder.WriteBytes("override/Municipalities.csv", municipalities);

        var loaded = ReferenceLoader.Load(defaults, folder.File("override"));

        // Alajärvi and Alavus are only in the default file, which is not read at all.
        loaded.Data.Municipalities.Should().Equal(new Municipality("743", "Seinäjoki", "Seinäjoki", "Seinäjoki", "EP", 40000));
        loaded.Files[0].Should().Be(new ReferenceFile("reference/Municipalities.csv", folder.File("override/Municipalities.csv"),
            Convert.ToHexString(SHA256.HashData(municipalities)).ToLowerInvariant(), municipalities.Length, IsOverride: true));
        loaded.Files.Skip(1).Should().OnlyContain(f => !f.IsOverride).And.HaveCount(7);
        loaded.Data.TargetGroups.Should().HaveCount(2, "target groups still come from the defaults");
    }

    [TestMethod]
    public void Load_MissingOptionalFile_EmptyListAndNamed()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);
        File.Delete(Path.Combine(defaults, "need_reference.csv"));

        var loaded = ReferenceLoader.Load(defaults, null);

        loaded.Data.Needs.Should().BeEmpty();
        loaded.MissingOptional.Should().Equal("need_reference");
        loaded.Files.Should().HaveCount(7);
    }

    [TestMethod]
    public void Load_MissingRequiredFile_Throws()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);
        File.Delete(Path.Combine(defaults, "meters.csv"));

        var act = () => ReferenceLoader.Load(defaults, null);

        act.Should().Throw<ReferenceDataException>().WithMessage("Reference file reference/meters.csv: the file is missing*");
    }

    [TestMethod]
    public void Load_MissingOverrideFolder_Throws()
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);

        var act = () => ReferenceLoader.Load(defaults, folder.File("nope"));

        act.Should().Throw<ReferenceDataException>().WithMessage("*reference override folder*nope*does not exist*");
    }
}
