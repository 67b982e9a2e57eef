namespace Osmo.Analytics.Disclosure;

/// <summary>The levels that take part in margin tables, in the order used to break ties (finest first).</summary>
internal enum MarginLevel : byte
{
    /// <summary>Not in any margin table (<c>peer_group</c>, unknown level names).</summary>
    None = 0,

    /// <summary><c>municipality_x_target_group</c>.</summary>
    MunicipalityByTargetGroup = 1,

    /// <summary><c>municipality</c>.</summary>
    Municipality = 2,

    /// <summary><c>county_x_target_group</c>.</summary>
    CountyByTargetGroup = 3,

    /// <summary><c>county</c>.</summary>
    County = 4,

    /// <summary><c>all</c>.</summary>
    All = 5,
}
