using ClosedXML.Excel;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.IO.Sinks.Parquet;
using Osmo.Analytics.IO.Tests.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

public sealed partial class CoordinatorWorkbookTests
{
    // Labels a coordinator sees, written out here rather than taken from the writer.
    private static readonly Dictionary<string, string> WindowLabels = new() { ["r12"] = "12 kk", ["month"] = "kuukausi" };

    private static readonly Dictionary<string, string> LevelLabels = new()
    {
        ["municipality"] = "kunta",
        ["municipality_x_target_group"] = "kunta x kohderyhmä",
        ["county"] = "hyvinvointialue",
    };

    private static readonly Dictionary<string, string> TargetGroupNames = new()
    {
        ["young_adults"] = "nuoret aikuiset (18-29)",
        ["long_term_unemployed"] = WorkbookSample.PlusTargetGroupName,
    };

    [TestMethod]
    public async Task Write_IndicatorSheet_EqualsTheParquetAsDuckDbReadsIt()
    {
        var results = WorkbookSample.Results();
        using var dir = new TempDirectory();
        var parquet = dir.File("indicators.parquet");
        await IndicatorParquetTable.WriteAsync(parquet, results.Indicators,
            new Dictionary<string, string> { ["005"] = "Alajärvi", ["010"] = "Alavus" },
            new ParquetFileMetadata("0.1.0", results.RunId, IndicatorCatalog.Version), TestContext.CancellationToken);
        var expected = DuckDbReader.Query(
            "SELECT \"window\", level, municipality_code, target_group, indicator_id, value, suppressed, numerator, denominator, ci_low, ci_high " +
            $"FROM read_parquet({DuckDbReader.Literal(parquet)}) WHERE period = DATE '2025-10-01'");

        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(results));
        var sheet = workbook.Worksheet("Indikaattorit");

        // 12 of the sample's 13 values are in October; the September trend month stays in the Parquet.
        expected.Should().HaveCount(12);
        (sheet.LastRowUsed().RowNumber() - 1).Should().Be(12);
        foreach (var p in expected)
        {
            var row = WorkbookReader.Row(sheet,
                ("Jakso", WindowLabels[(string)p[0]!]),
                ("Taso", LevelLabels[(string)p[1]!]),
                ("Kuntakoodi", (string?)p[2] ?? string.Empty),
                ("Kohderyhmä", p[3] is string tg ? TargetGroupNames[tg] : string.Empty),
                ("Tunnus", (string)p[4]!));
            var value = WorkbookReader.Cell(sheet, row, "Arvo");
            var because = string.Join("/", p.Take(5));
            if ((bool)p[6]!)
            {
                value.GetString().Should().Be("<5", because);
                WorkbookReader.Cell(sheet, row, "Osoittaja").IsEmpty().Should().BeTrue(because);
                WorkbookReader.Cell(sheet, row, "Salattu").GetString().Should().Be("kyllä", because);
            }
            else if (p[5] is null)
            {
                value.GetString().Should().Be("\u2013", because);
                WorkbookReader.Cell(sheet, row, "Salattu").GetString().Should().Be("ei", because);
            }
            else
            {
                value.DataType.Should().Be(XLDataType.Number, because);
                value.GetDouble().Should().Be((double)p[5]!, because);
                WorkbookReader.Cell(sheet, row, "Osoittaja").GetDouble().Should().Be((long)p[7]!, because);
                WorkbookReader.Cell(sheet, row, "Salattu").GetString().Should().Be("ei", because);
            }
        }
    }

    [TestMethod]
    public void Write_IndicatorSheet_PercentCountYesNoAndDateFormats()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Indikaattorit");

        var plan = WorkbookReader.Row(sheet, ("Jakso", "12 kk"), ("Taso", "kunta"), ("Kuntakoodi", "005"), ("Tunnus", "client_plan_pct"));
        // 41 of 100 = 41.0, stored 0-100 as in the Parquet, with a literal percent sign (no x100 scaling).
        WorkbookReader.Cell(sheet, plan, "Arvo").GetDouble().Should().Be(41.0);
        WorkbookReader.Cell(sheet, plan, "Arvo").Style.NumberFormat.Format.Should().Be("0.0\" %\"");
        WorkbookReader.Cell(sheet, plan, "Luottamusväli 95 %, alaraja").GetDouble().Should().Be(31.9);
        WorkbookReader.Cell(sheet, plan, "Luottamusväli 95 %, alaraja").Style.NumberFormat.Format.Should().Be("0.0\" %\"");
        WorkbookReader.Cell(sheet, plan, "Nimittäjä").Style.NumberFormat.Format.Should().Be("#,##0");

        var clients = WorkbookReader.Row(sheet, ("Jakso", "12 kk"), ("Kuntakoodi", "005"), ("Tunnus", "active_clients"));
        WorkbookReader.Cell(sheet, clients, "Arvo").GetDouble().Should().Be(120);
        WorkbookReader.Cell(sheet, clients, "Arvo").Style.NumberFormat.Format.Should().Be("#,##0");
        WorkbookReader.Cell(sheet, clients, "Luottamusväli 95 %, alaraja").IsEmpty().Should().BeTrue("a count has no interval");

        var panel = WorkbookReader.Row(sheet, ("Kuntakoodi", "005"), ("Tunnus", "has_client_panel"));
        WorkbookReader.Cell(sheet, panel, "Arvo").GetDouble().Should().Be(1);
        WorkbookReader.Cell(sheet, panel, "Arvo").Style.NumberFormat.Format.Should().Be("\"kyllä\";\"kyllä\";\"ei\"");

        var month = WorkbookReader.Cell(sheet, plan, "Kuukausi");
        month.DataType.Should().Be(XLDataType.DateTime);
        month.GetDateTime().Should().Be(new DateTime(2025, 10, 1));
        month.Style.DateFormat.Format.Should().Be("d.m.yyyy");
    }

    [TestMethod]
    public void Write_Pivot_SuppressedIsRightAlignedLessThanFiveAndNoDataIsADash()
    {
        var results = WorkbookSample.Results();
        // Preconditions from the disclosure stage: 3/10 is primary, 38/90 its secondary partner, 41/100 shown.
        results.Indicators.Single(p => p.Level == "municipality_x_target_group" && p.MunicipalityCode == "005" && p.TargetGroup == "young_adults").IsSuppressed.Should().BeTrue();
        results.Indicators.Single(p => p.Level == "municipality" && p.MunicipalityCode == "010" && p.IndicatorId == "reach_pct").IsNoData.Should().BeTrue();

        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(results));
        var sheet = workbook.Worksheet("Kunnat x kohderyhmät");

        var plan005 = WorkbookReader.Row(sheet, ("Kuntakoodi", "005"), ("Tunnus", "client_plan_pct"));
        var suppressed = WorkbookReader.Cell(sheet, plan005, "nuoret aikuiset (18-29)");
        suppressed.GetString().Should().Be("<5");
        suppressed.DataType.Should().Be(XLDataType.Text);
        suppressed.Style.Alignment.Horizontal.Should().Be(XLAlignmentHorizontalValues.Right);
        WorkbookReader.Cell(sheet, plan005, "Kaikki kohderyhmät").GetDouble().Should().Be(41.0);

        var plan010 = WorkbookReader.Row(sheet, ("Kuntakoodi", "010"), ("Tunnus", "client_plan_pct"));
        WorkbookReader.Cell(sheet, plan010, "nuoret aikuiset (18-29)").GetDouble().Should().Be(40.0, "20 of 50");
        WorkbookReader.Cell(sheet, plan010, WorkbookSample.PlusTargetGroupName).GetDouble().Should().Be(38.0, "19 of 50");
        WorkbookReader.Cell(sheet, plan010, WorkbookSample.PlusTargetGroupName).Style.NumberFormat.Format.Should().Be("0.0\" %\"");

        var reach010 = WorkbookReader.Row(sheet, ("Kuntakoodi", "010"), ("Tunnus", "reach_pct"));
        var noData = WorkbookReader.Cell(sheet, reach010, "Kaikki kohderyhmät");
        noData.GetString().Should().Be("\u2013");
        noData.DataType.Should().Be(XLDataType.Text);
        noData.Style.Alignment.Horizontal.Should().Be(XLAlignmentHorizontalValues.Right);

        // has_client_panel is published at municipality level only: its target-group cells are empty, not '–'.
        var panel = WorkbookReader.Row(sheet, ("Kuntakoodi", "005"), ("Tunnus", "has_client_panel"));
        WorkbookReader.Cell(sheet, panel, "nuoret aikuiset (18-29)").IsEmpty().Should().BeTrue();
    }

    [TestMethod]
    public void Write_Summary_KeyFiguresPeerGroupAndFlagCountsPerMunicipality()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Yhteenveto");

        // One county row, then its municipalities by code.
        sheet.Column(WorkbookReader.Column(sheet, "Kunta")).CellsUsed().Select(c => c.GetString()).Should().Equal("Kunta", "Alajärvi", "Alavus");
        var alajarvi = WorkbookReader.Row(sheet, ("Kunta", "Alajärvi"));
        WorkbookReader.Cell(sheet, alajarvi, "Vertaisryhmä").GetString().Should().Be("P1");
        WorkbookReader.Cell(sheet, alajarvi, "Aktiiviset asiakkaat").GetDouble().Should().Be(120);
        WorkbookReader.Cell(sheet, alajarvi, "Asiakassuunnitelma laadittu, %").GetDouble().Should().Be(41.0);
        WorkbookReader.Cell(sheet, alajarvi, "Asiakassuunnitelma laadittu, %").Style.NumberFormat.Format.Should().Be("0.0\" %\"");
        WorkbookReader.Cell(sheet, alajarvi, "Seurantamittauksen kato, %").GetDouble().Should().Be(25.0, "12 of 48");
        WorkbookReader.Cell(sheet, alajarvi, "Liput").GetDouble().Should().Be(1);
        WorkbookReader.Cell(sheet, alajarvi, "Liput: korkea").GetDouble().Should().Be(0);

        var alavus = WorkbookReader.Row(sheet, ("Kunta", "Alavus"));
        WorkbookReader.Cell(sheet, alavus, "Tavoittavuus, %").GetString().Should().Be("\u2013");
        WorkbookReader.Cell(sheet, alavus, "Liput: korkea").GetDouble().Should().Be(1);

        var county = WorkbookReader.Row(sheet, ("Taso", "hyvinvointialue"));
        WorkbookReader.Cell(sheet, county, "Asiakassuunnitelma laadittu, %").GetDouble().Should().Be(40.0, "80 of 200");
        WorkbookReader.Cell(sheet, county, "Liput").GetDouble().Should().Be(2);
    }

    [TestMethod]
    public void Write_Flags_MostSevereFirstWithSuppressedValueAsLessThanFive()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Liput");

        sheet.Column(WorkbookReader.Column(sheet, "Vakavuus")).CellsUsed().Select(c => c.GetString()).Should().Equal("Vakavuus", "korkea", "keskitaso");
        var high = WorkbookReader.Row(sheet, ("Sääntö", "SG_LOW_REACH"));
        WorkbookReader.Cell(sheet, high, "Arvo").GetDouble().Should().Be(39.0);
        WorkbookReader.Cell(sheet, high, "Vertailukohta").GetString().Should().Be("raja-arvo");
        WorkbookReader.Cell(sheet, high, "Toimenpide-ehdotus").GetString().Should().Be("Käy läpi avoimet asiakkuudet.");
        WorkbookReader.Cell(sheet, high, "Voimassa alkaen").GetDateTime().Should().Be(new DateTime(2025, 8, 1));
        WorkbookReader.Cell(sheet, high, "Voimassa alkaen").Style.DateFormat.Format.Should().Be("d.m.yyyy");

        // The flag's value is null because its cell (3/10) is suppressed: the sheet says <5, not blank.
        var medium = WorkbookReader.Row(sheet, ("Sääntö", "SG_PLAN_MISSING"));
        WorkbookReader.Cell(sheet, medium, "Arvo").GetString().Should().Be("<5");
        WorkbookReader.Cell(sheet, medium, "Kohderyhmä").GetString().Should().Be("nuoret aikuiset (18-29)");
        WorkbookReader.Cell(sheet, medium, "Kuukautta peräkkäin").GetDouble().Should().Be(5);
    }

    [TestMethod]
    public void Write_Groups_R12RowsWithSuppressedSmallAttendance()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Ryhmät");

        (sheet.LastRowUsed().RowNumber() - 1).Should().Be(2, "the month row of G001 is not on the r12 sheet");
        var g1 = WorkbookReader.Row(sheet, ("Ryhmän tunnus", "G001"));
        WorkbookReader.Cell(sheet, g1, "Pidetyt kerrat").GetDouble().Should().Be(20);
        WorkbookReader.Cell(sheet, g1, "Osallistujia keskimäärin").GetDouble().Should().Be(6.5);
        WorkbookReader.Cell(sheet, g1, "Eri osallistujat").GetDouble().Should().Be(12);

        // Mean head count 3.0 and 3 distinct participants: both hidden.
        var g2 = WorkbookReader.Row(sheet, ("Ryhmän tunnus", "G002"));
        WorkbookReader.Cell(sheet, g2, "Osallistujia keskimäärin").GetString().Should().Be("<5");
        WorkbookReader.Cell(sheet, g2, "Eri osallistujat").GetString().Should().Be("<5");
    }

    [TestMethod]
    public void Write_Quality_OneRowPerFileWithReasonCounts()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Laatu");

        var cases = WorkbookReader.Row(sheet, ("Tiedosto", "cases.csv"));
        WorkbookReader.Cell(sheet, cases, "Rivejä luettu").GetDouble().Should().Be(100);
        WorkbookReader.Cell(sheet, cases, "Karanteeniin").GetDouble().Should().Be(3);
        WorkbookReader.Cell(sheet, cases, "Puuttuva tai virheellinen arvo").GetDouble().Should().Be(2);
        WorkbookReader.Cell(sheet, cases, "Suora tunniste").GetDouble().Should().Be(1);
        WorkbookReader.Cell(sheet, cases, "Merkistö").GetString().Should().Be("utf-8-bom");
        WorkbookReader.Cell(sheet, cases, "Tuntemattomat sarakkeet").GetString().Should().Be("lisätieto");
        var meters = WorkbookReader.Row(sheet, ("Aineisto", "mittaukset"));
        WorkbookReader.Cell(sheet, meters, "Erotin").GetString().Should().Be("sarkain");
    }

    [TestMethod]
    public void Write_Definitions_OneRowPerCatalogEntry()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Määritelmät");

        (sheet.LastRowUsed().RowNumber() - 1).Should().Be(IndicatorCatalog.All.Length);
        var plan = WorkbookReader.Row(sheet, ("Tunnus", "client_plan_pct"));
        WorkbookReader.Cell(sheet, plan, "Nimi").GetString().Should().Be("Asiakassuunnitelma laadittu, %");
        WorkbookReader.Cell(sheet, plan, "Suunta").GetString().Should().Be("suurempi on parempi");
        WorkbookReader.Cell(sheet, plan, "Yksikkö").GetString().Should().Be("%");
        WorkbookReader.Cell(sheet, plan, "Määritelmä").GetString().Should().StartWith("Jakson lopussa avoimet");
    }

    [TestMethod]
    public void Write_Legend_ExplainsBothMarkersAndTheRun()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));
        var sheet = workbook.Worksheet("Selite");

        var markers = sheet.Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        markers.Should().Contain(["<5", "\u2013"]);
        WorkbookReader.Cell(sheet, WorkbookReader.Row(sheet, ("Merkintä", "<5")), "Selitys").GetString().Should().Contain("1–4");
        WorkbookReader.Cell(sheet, WorkbookReader.Row(sheet, ("Merkintä", "Ajon tunnus")), "Selitys").GetString().Should().Be("run-2025-10-test");
        WorkbookReader.Cell(sheet, WorkbookReader.Row(sheet, ("Merkintä", "Raportointikuukausi")), "Selitys").GetDateTime().Should().Be(new DateTime(2025, 10, 1));
    }

    public TestContext TestContext { get; set; } = null!;
}
