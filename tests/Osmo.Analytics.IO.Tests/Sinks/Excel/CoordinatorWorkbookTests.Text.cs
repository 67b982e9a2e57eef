using System.Reflection;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.IO.Sinks.Excel;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

public sealed partial class CoordinatorWorkbookTests
{
    [TestMethod]
    public void Write_FormulaLikeInputText_StaysLiteralText()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));

        AssertText(workbook.Worksheet("Ryhmät"), ("Ryhmän tunnus", "G001"), "Ryhmän nimi", WorkbookSample.HyperlinkGroupName);
        AssertText(workbook.Worksheet("Ryhmät"), ("Ryhmän tunnus", "G002"), "Ryhmän nimi", "-1+2 kahvila");
        AssertText(workbook.Worksheet("Laatu"), ("Aineisto", "mittaukset"), "Tiedosto", WorkbookSample.DdeFileName);
        AssertText(workbook.Worksheet("Laatu"), ("Aineisto", "mittaukset"), "Virhe", "=1+1 sarake puuttuu");
        AssertText(workbook.Worksheet("Liput"), ("Sääntö", "SG_PLAN_MISSING"), "Havainto", WorkbookSample.AtEvidence);
        AssertText(workbook.Worksheet("Indikaattorit"), ("Tunnus", "client_plan_pct"), "Kohderyhmä", WorkbookSample.PlusTargetGroupName, ("Kuntakoodi", "010"));
        AssertText(workbook.Worksheet("Yhteenveto"), ("Kunta", "Alajärvi"), "Kuntakoodi", "005");
    }

    [TestMethod]
    public void Write_Package_HasNoFormulaAnywhere()
    {
        var parts = WorkbookReader.Parts(WorkbookReader.WriteBytes(WorkbookSample.Results()));

        // A formula is an <f> element (with or without a namespace prefix) inside a sheet's <c>.
        var sheets = parts.Where(p => p.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        sheets.Should().HaveCount(8);
        foreach (var (name, xml) in sheets)
        {
            Regex.IsMatch(xml, @"<(\w+:)?f[\s>/]").Should().BeFalse($"{name} has no formula");
        }

        parts.Should().NotContainKey("xl/calcChain.xml");
        // ... and the group name sits in the shared strings as plain text.
        Regex.IsMatch(parts["xl/sharedStrings.xml"], @"<(\w+:)?t>=HYPERLINK\(""http://x"",""y""\)</(\w+:)?t>").Should().BeTrue();
    }

    [TestMethod]
    public void CoordinatorWorkbook_PublicWriters_TakeOnlyPublishedResults()
    {
        var writers = typeof(CoordinatorWorkbook).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(CoordinatorWorkbook.Write))
            .ToList();

        // Every public method of the namespace's writer takes PublishedResults, none a raw or restricted value.
        writers.Should().HaveCount(2);
        writers.Should().OnlyContain(m => m.GetParameters().Any(p => p.ParameterType == typeof(PublishedResults)));
        typeof(CoordinatorWorkbook).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SelectMany(m => m.GetParameters())
            .Select(p => p.ParameterType.ToString())
            .Should().NotContain(t => t.Contains("IndicatorValue") || t.Contains("RestrictedIndicator"));
    }

    [TestMethod]
    public void Write_TextLongerThanAnExcelCell_IsCutToTheCellLimitWithAnEllipsis()
    {
        var flag = WorkbookSample.Flags()[0] with { EvidenceFi = new string('x', 40_000) };
        var results = WorkbookSample.Results() with { Flags = [flag] };

        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(results));
        var sheet = workbook.Worksheet("Liput");

        // Excel holds at most 32,767 characters in a cell: 32,766 x's and the ellipsis.
        var text = WorkbookReader.Cell(sheet, sheet.Row(2), "Havainto").GetString();
        text.Should().HaveLength(32_767).And.EndWith("x\u2026");
    }

    [TestMethod]
    public void Write_EmptyRun_WritesEverySheetWithHeaderAndFilter()
    {
        var results = WorkbookSample.Results() with { Indicators = [], GroupActivities = [], Flags = [], Inputs = [] };

        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(results));

        workbook.Worksheets.Should().HaveCount(8);
        workbook.Worksheet("Indikaattorit").LastRowUsed().RowNumber().Should().Be(1);
        workbook.Worksheet("Yhteenveto").LastRowUsed().RowNumber().Should().Be(1);
        workbook.Worksheets.Should().OnlyContain(s => s.AutoFilter.IsEnabled && s.SheetView.SplitRow == 1);
    }

    private static void AssertText(IXLWorksheet sheet, (string Header, string Text) key, string header, string expected, params (string Header, string Text)[] more)
    {
        var row = WorkbookReader.Row(sheet, [key, .. more, (header, expected)]);
        var cell = WorkbookReader.Cell(sheet, row, header);
        cell.HasFormula.Should().BeFalse($"{sheet.Name}!{cell.Address} must not be a formula");
        cell.FormulaA1.Should().BeEmpty();
        cell.DataType.Should().Be(XLDataType.Text);
        cell.GetString().Should().Be(expected);
    }
}
