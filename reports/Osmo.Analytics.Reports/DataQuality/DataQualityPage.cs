using System.Globalization;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.DataQuality;

/// <summary>Renders <c>data-quality.html</c> in Finnish from <c>fi/data-quality.sbn-html</c>.</summary>
public static class DataQualityPage
{
    /// <summary>Template file name.</summary>
    public const string TemplateName = "data-quality.sbn-html";

    private static readonly CultureInfo Fi = CultureInfo.GetCultureInfo("fi-FI");

    /// <summary>Renders the page.</summary>
    public static string Render(TemplateRenderer renderer, DataQualityModel model)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(model);
        return renderer.Render("fi", TemplateName, ToView(model));
    }

    /// <summary>The template's view of the model: numbers and labels already in Finnish.</summary>
    internal static object ToView(DataQualityModel model) => new
    {
        Title = model.Command == "validate" ? "Aineiston laatu: tarkistus" : $"Aineiston laatu {PeriodLabel(model.Period)}",
        Period = PeriodLabel(model.Period),
        ExportDate = model.ExportDate.ToString("d.M.yyyy", Fi),
        model.RunId,
        AllReconcile = model.Files.All(f => f.RowsRead == f.RowsAccepted + f.RowsQuarantined),
        HasErrors = model.Files.Any(f => f.Error is not null),
        RowsRead = N(model.Totals.RowsRead),
        RowsAccepted = N(model.Totals.RowsAccepted),
        RowsQuarantined = N(model.Totals.RowsQuarantined),
        QuarantinedPct = model.Totals.RowsRead == 0 ? "0 %" : (100.0 * model.Totals.RowsQuarantined / model.Totals.RowsRead).ToString("0.0", Fi) + " %",
        Identifiers = model.IdentifiersFound.Select(kv => new { Kind = IdentifierLabel(kv.Key), Count = N(kv.Value) }).ToList(),
        IdentifiersTotal = N(model.IdentifiersFound.Values.Sum()),
        Reasons = model.Totals.QuarantinedByReason.Select(kv => new { Code = kv.Key, Label = ReasonLabel(kv.Key), Count = N(kv.Value), IsZero = kv.Value == 0 }).ToList(),
        Files = model.Files.Select(f => new
        {
            f.File,
            Kind = KindLabel(f.Kind),
            Encoding = f.Encoding ?? string.Empty,
            Delimiter = f.Delimiter ?? string.Empty,
            IsReference = f.Kind == "reference",
            Origin = f.Source == "override" ? "käyttäjän viitetieto" : "oletus",
            ShaShort = f.Sha256.Length > 12 ? f.Sha256[..12] : f.Sha256,
            RowsRead = N(f.RowsRead),
            RowsAccepted = N(f.RowsAccepted),
            RowsQuarantined = N(f.RowsQuarantined),
            Reconciles = f.RowsRead == f.RowsAccepted + f.RowsQuarantined,
            Error = f.Error ?? string.Empty,
            UnknownColumns = string.Join(", ", f.UnknownColumns),
            Reasons = f.QuarantinedByReason.Where(kv => kv.Value > 0).Select(kv => new { Label = ReasonLabel(kv.Key), Code = kv.Key, Count = N(kv.Value) }).ToList(),
        }).ToList(),
        Examples = model.Examples.Select(e => new
        {
            e.File,
            Line = e.Line.ToString(Fi),
            Reason = ReasonLabel(e.Reason.Code()),
            Column = e.Column ?? string.Empty,
            e.Detail,
        }).ToList(),
        model.Warnings,
    };

    /// <summary>Finnish label of a quarantine reason code.</summary>
    public static string ReasonLabel(string code) => code switch
    {
        "direct_identifier" => "Suora tunniste (henkilötunnus, sähköposti tai puhelinnumero)",
        "duplicate_row" => "Sama rivi toiseen kertaan",
        "bad_value" => "Puuttuva tai virheellinen arvo",
        "unknown_code" => "Tuntematon koodi",
        "future_date" => "Päivämäärä poimintapäivän jälkeen",
        "date_order" => "Päivämäärät väärässä järjestyksessä",
        "closure_mismatch" => "Päättymispäivä ja päättymisen syy eivät täsmää",
        "conflicting_key" => "Sama tunniste eri sisällöllä",
        "orphan_row" => "Osallistuminen ilman pidettyä ryhmäkertaa",
        _ => code,
    };

    private static string KindLabel(string kind) => kind switch
    {
        "cases" => "Asiakkuudet",
        "meters" => "Mittaukset",
        "group_sessions" => "Ryhmäkerrat",
        "group_attendance" => "Ryhmäosallistumiset",
        "reference" => "Viitetieto",
        _ => kind,
    };

    private static string IdentifierLabel(string kind) => kind switch
    {
        "henkilotunnus" => "Henkilötunnus",
        "email" => "Sähköpostiosoite",
        "phone" => "Puhelinnumero",
        _ => kind,
    };

    private static string PeriodLabel(string? period)
    {
        if (period is null || !DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return string.Empty;
        }

        return d.ToString("MMMM yyyy", Fi);
    }

    private static string N(long value) => value.ToString("#,0", Fi);
}
