using System.Collections.Immutable;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Ingest;

/// <summary>The export schemas of the data contract (spec/data-contract.md, sections 1-3).</summary>
public static class EntitySchemas
{
    /// <summary><c>cases.*</c>.</summary>
    public static readonly EntitySchema Cases = new(SourceKind.Cases, "cases",
    [
        new("case_id", "asiakkuus_id", true),
        new("client_id", "asiakas_id", true),
        new("municipality", "kunta", true),
        new("target_group", "kohderyhma", true),
        new("age_band", "ikaryhma", false),
        new("opened_on", "alkanut", true),
        new("first_contact_channel", "yhteydenottotapa", true),
        new("special_support_need", "erityinen_tuen_tarve", false),
        new("assessment_started_on", "arviointi_alkoi", false),
        new("assessment_completed_on", "arviointi_valmis", false),
        new("client_plan_on", "asiakassuunnitelma", false),
        new("social_rehab_decided_on", "sosiaalinen_kuntoutus_paatos", false),
        new("services", "palvelut", false),
        new("experience_expert", "kokemusasiantuntija", false),
        new("participation_level", "osallisuusaste", false),
        new("closed_on", "paattynyt", false),
        new("closure_reason", "paattymisen_syy", false),
    ]);

    /// <summary><c>meters.*</c>.</summary>
    public static readonly EntitySchema Meters = new(SourceKind.Meters, "meters",
    [
        new("measurement_id", "mittaus_id", true),
        new("client_id", "asiakas_id", true),
        new("case_id", "asiakkuus_id", false),
        new("municipality", "kunta", true),
        new("meter", "mittari", true),
        new("measured_on", "mittauspaiva", true),
        new("domain", "osa_alue", true),
        new("score", "pisteet", true),
    ]);

    /// <summary><c>group_sessions.*</c>.</summary>
    public static readonly EntitySchema GroupSessions = new(SourceKind.GroupSessions, "group_sessions",
    [
        new("group_id", "ryhma_id", true),
        new("group_name", "ryhman_nimi", true),
        new("municipality", "kunta", true),
        new("group_type", "ryhmatyyppi", true),
        new("target_group", "kohderyhma", false),
        new("session_on", "kokoontumispaiva", true),
        new("status", "tila", true),
        new("cancel_reason", "peruutuksen_syy", false),
        new("participants", "osallistujat", false),
        new("location_type", "paikka", false),
        new("experience_expert", "kokemusasiantuntija", false),
    ]);

    /// <summary><c>group_attendance.*</c> (optional file).</summary>
    public static readonly EntitySchema GroupAttendance = new(SourceKind.GroupAttendance, "group_attendance",
    [
        new("group_id", "ryhma_id", true),
        new("session_on", "kokoontumispaiva", true),
        new("client_id", "asiakas_id", true),
    ]);

    /// <summary>All export schemas in validation order (attendance last: it needs the accepted sessions).</summary>
    public static readonly ImmutableArray<EntitySchema> All = [Cases, Meters, GroupSessions, GroupAttendance];

    /// <summary>The schema of an export kind.</summary>
    public static EntitySchema For(SourceKind kind) => All.First(s => s.Kind == kind);
}
