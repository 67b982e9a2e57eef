using ClosedXML.Excel;
using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>One export folder no one on the team has seen: all four exports, each in another dialect, full of the
/// faults the contract lists. Every line's fate is worked out by hand in <c>*ContractTests</c>.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>cases.csv</c>: Finnish headers with odd spacing, case and umlauts; <c>;</c>; UTF-8 with BOM; CRLF; no line
/// end after the last line.</item>
/// <item><c>meters.csv</c>: English headers; <c>,</c>; UTF-8 without BOM; LF.</item>
/// <item><c>group_sessions.csv</c>: Finnish headers; tab; Windows-1252; CRLF; a quoted group name with a line break.</item>
/// <item><c>group_attendance.xlsx</c>: Finnish headers; real date cells; an empty worksheet row.</item>
/// </list>
/// The folder is written and validated once (the run is read-only), shared by the test classes.
/// </remarks>
internal static class MixedExportFolder
{
    // Valid henkilötunnus values: "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31]: 131052308 mod 31 = 25 -> T;
    // 010594903 mod 31 = 2 -> 2.
    public const string CasesHetu = "131052-308T";
    public const string AttendanceHetu = "010594Y9032";
    public const string Phone = "040 123 4567";
    public const string Email = "maija.meikalainen@example.fi";

    private static readonly Lazy<ContractRun> Shared = new(() =>
    {
        var input = Path.Combine(CliRunner.TempDir(), "exports");
        Directory.CreateDirectory(input);
        WriteCases(Path.Combine(input, "cases.csv"));
        WriteMeters(Path.Combine(input, "meters.csv"));
        WriteSessions(Path.Combine(input, "group_sessions.csv"));
        WriteAttendance(Path.Combine(input, "group_attendance.xlsx"));
        return ContractRun.Validate(input);
    });

    public static ContractRun Run => Shared.Value;

    /// <summary>A cases row: a valid row unless a cell is overridden.</summary>
    public static string Case(
        string id,
        string? client = null,
        string kunta = "743",
        string group = "young_adults",
        string age = "18-24",
        string opened = "1.2.2025",
        string channel = "office",
        string special = "kyllä",
        string assessStart = "2025-02-03",
        string assessDone = "10.2.2025",
        string plan = "",
        string rehab = "",
        string services = "social_counselling|social_rehab",
        string expert = "ei",
        string level = "2",
        string closed = "",
        string reason = "",
        string note = "",
        string memo = "") =>
        ExportDialect.FinnishExcel.Row(id, client ?? "K" + id.Trim(), kunta, group, age, opened, channel, special, assessStart, assessDone, plan, rehab, services, expert, level, closed, reason, note, memo);

    public static void WriteCases(string path) => ExportDialect.FinnishExcel.Write(path,
    [
        /* 1 */ " asiakkuus-id ;Asiakas_ID; KUNTA ;Kohderyhmä;Ikäryhmä;alkanut;Yhteydenottotapa;erityinen tuen tarve;arviointi_alkoi;Arviointi valmis;ASIAKASSUUNNITELMA;sosiaalinen-kuntoutus-päätös;palvelut;kokemusasiantuntija;osallisuusaste;päättynyt;Päättymisen_syy;Lisätieto;muistiinpano",
        /* 2 */ Case("C01"),
        /* 3 */ Case("C02", kunta: "5", special: "K", expert: "E"),
        /* 4 */ Case("C03", kunta: "Seinäjoki", special: "true", expert: "FALSE"),
        /* 5 */ Case("C04", kunta: "Etseri", special: "1", expert: "0"),
        /* 6 */ Case("C05", kunta: "05", special: "yes", expert: "No"),
        /* 7 */ string.Empty,
        /* 8 */ Case("C06", kunta: "alavo", special: "Kyllä", expert: "EI"),
        /* 9 */ new string(';', 18),
        /* 10 */ Case("C07", kunta: "010", special: string.Empty, expert: string.Empty),
        /* 11 */ Case("C01"),
        /* 12 */ Case("C01", client: "K99"),
        /* 13 */ Case("C08", opened: "2025-02-30"),
        /* 14 */ Case("C08"),
        /* 15 */ Case("C09", kunta: "999"),
        /* 16 */ Case("C10", group: "students"),
        /* 17 */ Case("C11", channel: "phone"),
        /* 18 */ Case("C12", services: "social_counselling|astrology"),
        /* 19 */ Case("C13", opened: "6.11.2025"),
        /* 20 */ Case("C14", assessStart: "2025-11-06", assessDone: string.Empty),
        /* 21 */ Case("C15", plan: "2025-12-01"),
        /* 22 */ Case("C16", rehab: "1.1.2026"),
        /* 23 */ Case("C17", closed: "2025-11-30", reason: "goals_met"),
        /* 24 */ Case("C18", opened: "2025-03-01", closed: "28.2.2025", reason: "goals_met"),
        /* 25 */ Case("C19", assessStart: "2025-03-10", assessDone: "9.3.2025"),
        /* 26 */ Case("C20", closed: "2025-06-01"),
        /* 27 */ Case("C21", reason: "goals_met"),
        /* 28 */ Case("C22", opened: "5.11.2025", closed: "2025-11-05", reason: "client_withdrew"),
        /* 29 */ Case("C23", special: "maybe"),
        /* 30 */ Case("C24", level: "5"),
        /* 31 */ Case("C25", age: "18-25"),
        /* 32 */ Case(string.Empty, client: "K26"),
        /* 33 */ Case("C27", kunta: "999", closed: "31.2.2025", reason: "goals_met"),
        /* 34 */ Case("C28", group: "students", opened: "2025-12-01", reason: "goals_met"),
        /* 35 */ Case("C29", opened: "2025-12-01", closed: "2025-11-01", reason: "goals_met"),
        /* 36 */ Case("C30", opened: "2025-03-01", closed: "2025-02-01"),
        /* 37 */ Case("C31", opened: "2025-02-31", memo: "soita " + Phone),
        /* 38 */ Case("C32", note: "hetu " + CasesHetu),
        /* 39 */ Case("C33", group: Email),
        /* 40 */ Case("C31", opened: "2025-02-31", memo: "soita " + Phone),
        /* 41 */ Case("C08", opened: "2025-02-30"),
        /* 42-43 */ Case("C34", note: "\"rivi yksi\r\nrivi kaksi; jatkuu\""),
        /* 44 */ Case(" C35 ", kunta: " Ähtäri "),
        /* 45 */ Case("C36", services: string.Empty),
    ], finalNewLine: false);

    public static string Meter(
        string id,
        string client = "K1",
        string caseId = "C01",
        string kunta = "743",
        string meter = "KYKYVIISARI",
        string on = "2025-03-01",
        string domain = "work_ability",
        string score = "7",
        string source = "x") =>
        ExportDialect.EnglishUnix.Row(id, client, caseId, kunta, meter, on, domain, score, source);

    public static void WriteMeters(string path) => ExportDialect.EnglishUnix.Write(path,
    [
        /* 1 */ "measurement_id,client_id,case_id,municipality,meter,measured_on,domain,score,source_system",
        /* 2 */ Meter("M1", score: "7,5"),
        /* 3 */ Meter("M1", domain: "mental_wellbeing", score: "8"),
        /* 4 */ Meter("M1", score: "7.5"),
        /* 5 */ Meter("M1", domain: "mental_wellbeing", score: "8"),
        /* 6 */ Meter("M2", score: "11"),
        /* 7 */ Meter("M3", meter: "ESY", domain: "work_ability", score: "3"),
        /* 8 */ Meter("M4", meter: "SPIDERMETER", domain: "housing", score: "3"),
        /* 9 */ Meter("M5", meter: "AVHV", on: "2025-11-06", domain: "health", score: "5"),
        /* 10 */ Meter("M6", meter: "ESY", on: "3.2.2025", domain: "housing", score: "0"),
        /* 11 */ Meter("M7", meter: "ESY", on: "3.2.2025", domain: "housing", score: "1"),
        /* 12 */ Meter("M8", meter: "AVHV", domain: "health", score: "abc"),
        /* 13 */ Meter("M9", kunta: "Storkyro", meter: "AVHV", domain: "family", score: "10"),
        /* 14 */ Meter("M10", kunta: "Tampere"),
        /* 15 */ Meter("M11", caseId: string.Empty),
        /* 16 */ Meter("M12", client: string.Empty),
        /* 17 */ Meter("M13", meter: "SPIDERMETER", score: "99"),
        /* 18 */ Meter("M14", on: "2025-12-24", domain: "housing"),
        /* 19 */ Meter("M15", on: "2025/03/01"),
        /* 20 */ Meter("M16", kunta: "5", score: "10,0"),
    ]);

    public static string Session(
        string id,
        string name = "Ryhmä",
        string kunta = "743",
        string type = "peer",
        string group = "",
        string on = "1.10.2025",
        string status = "held",
        string cancel = "",
        string n = "5",
        string place = "office",
        string expert = "k") =>
        ExportDialect.TabWindows1252.Row(id, name, kunta, type, group, on, status, cancel, n, place, expert);

    public static void WriteSessions(string path) => ExportDialect.TabWindows1252.Write(path,
    [
        /* 1 */ "ryhma_id\tRyhmän nimi\tkunta\tryhmätyyppi\tkohderyhmä\tkokoontumispäivä\ttila\tperuutuksen syy\tosallistujat\tpaikka\tkokemusasiantuntija",
        /* 2 */ Session("G1", name: "Voimaryhmä Seinäjoki", kunta: "Seinäjoki", group: "housing", n: "6"),
        /* 3-4 */ Session("G1", name: "\"Ähtärin\r\nilta\"", kunta: "Ähtäri", type: "activity", on: "8.10.2025", n: "0", place: "outreach", expert: "e"),
        /* 5 */ Session("G2", name: "Isokyrön ryhmä", kunta: "Isokyrö", type: "therapeutic", on: "2.10.2025", status: "cancelled", cancel: "facilitator", n: string.Empty, place: string.Empty, expert: string.Empty),
        /* 6 */ Session("G3", on: "3.10.2025", status: "cancelled", n: string.Empty),
        /* 7 */ Session("G4", on: "3.10.2025", n: string.Empty),
        /* 8 */ Session("G5", kunta: "Ähtäri", on: "4.10.2025", n: "-1"),
        /* 9 */ Session("G6", type: "yoga"),
        /* 10 */ Session("G7", on: "6.11.2025"),
        /* 11 */ Session("G1", n: "7"),
        /* 12 */ Session("G8", kunta: "Ähtäri", on: "9.10.2025", place: "online"),
        /* 13 */ Session("G9", status: "postponed"),
        /* 14 */ string.Empty,
        /* 15 */ Session("G10", name: string.Empty),
        /* 16 */ Session("G11", on: "10.10.2025", n: "4", cancel: "other"),
        /* 17 */ Session("G12", name: "Seinäjoen ilta", kunta: "Vaasa", on: "11.10.2025"),
    ]);

    public static void WriteAttendance(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("osallistujat");
        void Row(int row, string group, object session, string client, string note = "")
        {
            XlsxCells.Text(sheet.Cell(row, 1), group);
            XlsxCells.Set(sheet.Cell(row, 2), session);
            XlsxCells.Text(sheet.Cell(row, 3), client);
            XlsxCells.Text(sheet.Cell(row, 4), note);
        }

        Row(1, "Ryhmä ID", "Kokoontumispäivä", "Asiakas-ID", "Huom");
        Row(2, "G1", new DateTime(2025, 10, 1), "K1");
        Row(3, "G1", new DateTime(2025, 10, 8), "K1");
        Row(4, "G2", new DateTime(2025, 10, 2), "K2");
        Row(5, "G99", new DateTime(2025, 10, 1), "K3");
        Row(6, "G12", new DateTime(2025, 10, 11), "K4");
        // Row 7 is left empty.
        Row(8, "G1", "1.10.2025", "K5");
        Row(9, "G1", new DateTime(2025, 10, 1), "K1");
        Row(10, "G8", new DateTime(2025, 11, 6), "K6");
        Row(11, "G11", new DateTime(2025, 10, 10), string.Empty);
        Row(12, "G3", new DateTime(2025, 10, 3), "K7");
        Row(13, "G1", new DateTime(2025, 10, 1), "K8", AttendanceHetu);
        Row(14, "G1", new DateTime(2025, 10, 1), "K9", "ok");
        Row(15, "G11", new DateTime(2025, 10, 10, 13, 45, 0), "K10");
        Row(16, " G8 ", "09.10.2025", "K11");
        workbook.SaveAs(path);
    }
}
