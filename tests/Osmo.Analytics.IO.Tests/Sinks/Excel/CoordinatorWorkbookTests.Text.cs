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

        writers.Should().HaveCount(2);
        writers.Should().OnlyContain(m => m.GetParameters().Last().ParameterType == typeof(PublishedResults));
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
