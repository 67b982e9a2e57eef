using ClosedXML.Excel;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Selite</c> sheet: what the markers mean, which windows the sheets show, and which run wrote the
/// workbook. Grain: one row per explained item.</summary>
internal static class LegendSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        SheetColumn.Text("Merkintä", 28),
        SheetColumn.LongText("Selitys", 100),
    ];

    public static void Write(XLWorkbook workbook, WorkbookModel model, IndicatorSheetScope scope)
    {
        var r = model.Results;
        var min = r.MinimumCellCount;
        var sheet = new SheetWriter(workbook, WorkbookSheets.Legend, Columns, min, headerHeight: 18);

        Marker(sheet, sheet.Suppressed,
            $"Salattu tietosuojan vuoksi: luku on 1–{min - 1}, tai osuuden osoittaja, nimittäjä tai niiden erotus on 1–{min - 1}, "
            + "tai luku on salattu, jotta salattua lukua ei voi laskea summista (toissijainen salaus). Nolla näytetään.");
        Marker(sheet, sheet.NoData,
            "Ei tietoa: luvulle ei ole aineistoa (esimerkiksi osuus, jonka nimittäjä on 0, tai kohderyhmällä ei ole asiakkaita).");
        Row(sheet, "(tyhjä solu)", "Ei määritelty: tunnuslukua ei julkaista tällä tasolla, tai sillä ei ole luottamusväliä (lukumäärät).");
        Row(sheet, "%", "Prosenttiluvut on tallennettu välille 0–100 (41,2 tarkoittaa 41,2 %), samoin kuin Parquet-tiedostoissa.");
        Row(sheet, "12 kk", "Yhteenveto, Kunnat x kohderyhmät, Liput ja Ryhmät: 12 kuukauden jakso, joka päättyy raportointikuukauteen. "
            + "Indikaattorit: raportointikuukausi ja 12 kuukauden jakso. 24 kuukauden aikasarja on Parquet-tiedostoissa ja raporteissa.");
        Row(sheet, "Indikaattorit-välilehti", ScopeText(scope));

        sheet.NextRow();
        sheet.Text(1, "Raportointikuukausi");
        sheet.Date(2, r.Period);
        Row(sheet, "Ajon tunnus", r.RunId);
        Row(sheet, "Ohjelmaversio", r.PipelineVersion);
        Row(sheet, "Indikaattoriluettelon versio", r.CatalogVersion);
        sheet.NextRow();
        sheet.Text(1, "Pienin julkaistava luku");
        sheet.Count(2, min);
        Row(sheet, "Osallistumistiedot", r.HasAttendance
            ? "Ryhmäosallistumiset annettiin: eri osallistujat on laskettu."
            : "Ryhmäosallistumisia ei annettu: eri osallistujien määrä ei ole tiedossa (–).");
        sheet.Finish();
    }

    private static string ScopeText(IndicatorSheetScope scope) => scope switch
    {
        IndicatorSheetScope.Full => "Kaikki tasot (kunta, kunta x kohderyhmä, hyvinvointialue, hyvinvointialue x kohderyhmä, koko aineisto), kuukausi ja 12 kk.",
        IndicatorSheetScope.WithoutTargetGroups => "Rivirajan vuoksi vain kunta ja sitä ylemmät tasot, kuukausi ja 12 kk. "
            + "Kohderyhmittäiset 12 kk:n arvot ovat Kunnat x kohderyhmät -välilehdellä, kaikki rivit Parquet-tiedostossa.",
        IndicatorSheetScope.Rolling12WithoutTargetGroups => "Rivirajan vuoksi vain kunta ja sitä ylemmät tasot ja 12 kk:n jakso. "
            + "Kohderyhmittäiset arvot ovat Kunnat x kohderyhmät -välilehdellä, kaikki rivit Parquet-tiedostossa.",
        _ => "Rivirajan vuoksi vain osa kunta- ja sitä ylempien tasojen 12 kk:n riveistä. Kaikki rivit ovat Parquet-tiedostossa.",
    };

    private static void Marker(SheetWriter sheet, Action<int> write, string text)
    {
        sheet.NextRow();
        write(1);
        sheet.Text(2, text);
    }

    private static void Row(SheetWriter sheet, string label, string text)
    {
        sheet.NextRow();
        sheet.Text(1, label);
        sheet.Text(2, text);
    }
}
