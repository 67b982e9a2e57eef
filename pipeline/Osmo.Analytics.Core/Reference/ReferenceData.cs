using System.Collections.Frozen;
using System.Globalization;

namespace Osmo.Analytics.Reference;

/// <summary>All reference data of one run, with the look-ups validation needs.</summary>
public sealed class ReferenceData
{
    private readonly FrozenDictionary<string, Municipality> _municipalityByKey;
    private readonly FrozenDictionary<(string Meter, string Domain), MeterDomain> _domains;

    /// <summary>Creates the reference data and its look-up tables.</summary>
    public ReferenceData(
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<WellbeingCounty> counties,
        IReadOnlyList<CodeName> targetGroups,
        IReadOnlyList<CodeName> services,
        IReadOnlyList<MeterDomain> meterDomains,
        IReadOnlyList<LowThresholdPoint> lowThresholdPoints,
        IReadOnlyList<ParticipationStructure> participationStructures,
        IReadOnlyList<NeedEstimate> needs)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(meterDomains);
        Municipalities = municipalities;
        Counties = counties;
        TargetGroups = targetGroups;
        Services = services;
        MeterDomains = meterDomains;
        LowThresholdPoints = lowThresholdPoints;
        ParticipationStructures = participationStructures;
        Needs = needs;

        var byKey = new Dictionary<string, Municipality>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in municipalities)
        {
            byKey[m.Code] = m;
            byKey.TryAdd(m.NameFi, m);
            byKey.TryAdd(m.NameSv, m);
        }

        _municipalityByKey = byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _domains = meterDomains.ToFrozenDictionary(d => (d.Meter, d.Domain));
        TargetGroupCodes = targetGroups.Select(t => t.Code).ToFrozenSet(StringComparer.Ordinal);
        ServiceCodes = services.Select(s => s.Code).ToFrozenSet(StringComparer.Ordinal);
        MeterCodes = meterDomains.Select(d => d.Meter).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Municipalities in file order.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Wellbeing counties.</summary>
    public IReadOnlyList<WellbeingCounty> Counties { get; }

    /// <summary>Target groups (kohderyhmät).</summary>
    public IReadOnlyList<CodeName> TargetGroups { get; }

    /// <summary>Services (palvelut).</summary>
    public IReadOnlyList<CodeName> Services { get; }

    /// <summary>Meter domains with their scales.</summary>
    public IReadOnlyList<MeterDomain> MeterDomains { get; }

    /// <summary>Low-threshold points.</summary>
    public IReadOnlyList<LowThresholdPoint> LowThresholdPoints { get; }

    /// <summary>Client participation structures.</summary>
    public IReadOnlyList<ParticipationStructure> ParticipationStructures { get; }

    /// <summary>Need estimates per municipality, target group and year.</summary>
    public IReadOnlyList<NeedEstimate> Needs { get; }

    /// <summary>Codes of <see cref="TargetGroups"/>.</summary>
    public FrozenSet<string> TargetGroupCodes { get; }

    /// <summary>Codes of <see cref="Services"/>.</summary>
    public FrozenSet<string> ServiceCodes { get; }

    /// <summary>Meter codes present in <see cref="MeterDomains"/>.</summary>
    public FrozenSet<string> MeterCodes { get; }

    /// <summary>Resolves a municipality cell: a code (1-2 digit numbers are zero-padded, Excel drops the zeros),
    /// or a Finnish or Swedish name, case-insensitively. Null when unknown.</summary>
    public Municipality? FindMunicipality(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var key = cell.Trim();
        if (key.Length is 1 or 2 && key.All(char.IsAsciiDigit))
        {
            key = int.Parse(key, CultureInfo.InvariantCulture).ToString("000", CultureInfo.InvariantCulture);
        }

        return _municipalityByKey.GetValueOrDefault(key);
    }

    /// <summary>The domain of a meter, or null when the meter has no such domain.</summary>
    public MeterDomain? FindDomain(string meter, string domain) => _domains.GetValueOrDefault((meter, domain));
}
