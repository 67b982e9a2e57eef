using Osmo.Analytics.IO.ReferenceFiles;
using Osmo.Analytics.IO.Tests.Sources;

namespace Osmo.Analytics.IO.Tests.ReferenceFiles;

public sealed partial class ReferenceLoaderTests
{
    private static ReferenceDataException LoadWith(string stem, string content)
    {
        using var folder = new TempFolder();
        var defaults = ReferenceFolderFixture.WriteDefaults(folder);
        folder.WriteText($"override/{stem}.csv", content);

        var act = () => ReferenceLoader.Load(defaults, folder.File("override"));

        return act.Should().Throw<ReferenceDataException>().Which;
    }

    [TestMethod]
    public void Load_BadNumberAfterComment_ErrorNamesFileLineAndColumn()
    {
        // Line 1 comment, 2 header, 3 good, 4 bad.
        var error = LoadWith("municipalities", "# test\ncode;name_fi;name_sv;subregion;wellbeing_county;population_18_64\n005;A;;S;EP;1\n010;B;;S;EP;12a\n");

        error.Message.Should().Be("Reference file reference/municipalities.csv, line 4, column population_18_64: '12a' is not a number.");
        (error.File, error.Line, error.Column).Should().Be(("reference/municipalities.csv", 4, "population_18_64"));
    }

    [TestMethod]
    [DataRow("municipalities", "code;name_fi;name_sv;subregion;wellbeing_county;population_18_64\n0055;A;;S;EP;1\n", "code", "*'0055' is not a municipality code*")]
    [DataRow("municipalities", "code;name_fi;name_sv;subregion;wellbeing_county;population_18_64\n005;A;;S;XX;1\n", "wellbeing_county", "*'XX' is not a code in wellbeing_counties*")]
    [DataRow("municipalities", "code;name_fi;name_sv;subregion;wellbeing_county;population_18_64\n005;A;;S;EP;1,5\n", "population_18_64", "*'1,5' is not a whole number*")]
    [DataRow("meters", "meter;domain;name_fi;name_en;min;max;higher_is_better\nAVHV;x;X;X;1;10;maybe\n", "higher_is_better", "*'maybe' is not a yes/no value*")]
    [DataRow("meters", "meter;domain;name_fi;name_en;min;max;higher_is_better\nAVHV;x;X;X;10;1;true\n", "max", "*max (1) is below its min (10)*")]
    [DataRow("low_threshold_points", "point_id;municipality;name;kind;serves;hours_per_week;active_from;active_to\nP;743;N;k;tyot;1;3/2/2025;\n", "active_from", "*'3/2/2025' is not a date*")]
    [DataRow("low_threshold_points", "point_id;municipality;name;kind;serves;hours_per_week;active_from;active_to\nP;743;N;k;tyot;1;2.1.2025;1.1.2025\n", "active_to", "*active_to 2025-01-01 is before active_from 2025-01-02*")]
    [DataRow("participation_structures", "municipality;structure;active_from;active_to\n743;panel;2025-01-01;\n", "structure", "*'panel' is not one of client_panel*")]
    [DataRow("need_reference", "municipality;target_group;year;people_in_need\n743;tyot;;5\n", "year", "*the value is missing*")]
    public void Load_BadCell_ErrorOnLineTwoNamesColumn(string stem, string content, string column, string message)
    {
        var error = LoadWith(stem, content);

        error.Line.Should().Be(2);
        error.Column.Should().Be(column);
        error.Message.Should().Match(message).And.StartWith($"Reference file reference/{stem}.csv, line 2, column {column}:");
    }

    [TestMethod]
    public void Load_DuplicateCodeAfterPadding_ErrorNamesBothLines()
    {
        // "5" pads to "005", the same municipality as line 2.
        var error = LoadWith("municipalities", "code;name_fi;name_sv;subregion;wellbeing_county;population_18_64\n005;A;;S;EP;1\n5;B;;S;EP;2\n");

        error.Message.Should().Be("Reference file reference/municipalities.csv, line 3, column code: '005' is already defined on line 2.");
    }

    [TestMethod]
    public void Load_MissingColumn_ErrorNamesColumnOnHeaderLine()
    {
        var error = LoadWith("services", "# note\ncode;name_fi;name_sv\nx;X;X\n");

        (error.Line, error.Column).Should().Be((2, "name_en"));
        error.Message.Should().Contain("no column 'name_en'");
    }

    [TestMethod]
    public void Load_RowWiderThanHeader_Error()
    {
        var error = LoadWith("services", "code;name_fi;name_sv;name_en\nx;X;X;X;extra\n");

        error.Message.Should().Be("Reference file reference/services.csv, line 2: row has 5 cells, the header has 4.");
    }

    [TestMethod]
    public void Load_EmptyFile_ErrorNamesFile()
    {
        var error = LoadWith("services", "# only a comment\n");

        error.Message.Should().StartWith("Reference file reference/services.csv: ").And.Contain("no header row");
    }
}
