namespace Osmo.Analytics.Model;

/// <summary>Fixed code lists of the data contract (those not kept in reference files).</summary>
public static class Codes
{
    /// <summary>Age bands (ikäryhmä).</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["18-24", "25-29", "30-44", "45-64", "65+"];

    /// <summary>First contact channels (yhteydenottotapa).</summary>
    public static readonly IReadOnlyList<string> Channels = ["office", "outreach", "low_threshold", "digital", "referral_health", "referral_employment", "other"];

    /// <summary>Closure reasons (päättymisen syy).</summary>
    public static readonly IReadOnlyList<string> ClosureReasons = ["goals_met", "need_ended", "transferred", "moved_away", "client_withdrew", "not_reached", "deceased", "other"];

    /// <summary>Closure reasons that count as unplanned.</summary>
    public static readonly IReadOnlyList<string> UnplannedClosureReasons = ["client_withdrew", "not_reached"];

    /// <summary>Group types (ryhmätyyppi).</summary>
    public static readonly IReadOnlyList<string> GroupTypes = ["activity", "life_management", "therapeutic", "animal_nature", "peer", "developer_clients", "client_panel"];

    /// <summary>Session statuses.</summary>
    public static readonly IReadOnlyList<string> SessionStatuses = ["held", "cancelled"];

    /// <summary>Cancel reasons (peruutuksen syy).</summary>
    public static readonly IReadOnlyList<string> CancelReasons = ["no_participants", "facilitator", "other"];

    /// <summary>Session location types (paikka).</summary>
    public static readonly IReadOnlyList<string> LocationTypes = ["office", "low_threshold", "outreach", "online"];

    /// <summary>Participation structures of the reference file.</summary>
    public static readonly IReadOnlyList<string> ParticipationStructures = ["client_panel", "developer_clients", "experience_experts"];
}
