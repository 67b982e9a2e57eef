using Osmo.Analytics.Model;

namespace Osmo.Analytics.Validation;

/// <summary>The fixed code lists of <see cref="Codes"/> as look-ups (immutable, shared).</summary>
internal static class ContractCodeSets
{
    public static readonly CodeSet AgeBands = new(Codes.AgeBands);
    public static readonly CodeSet Channels = new(Codes.Channels);
    public static readonly CodeSet ClosureReasons = new(Codes.ClosureReasons);
    public static readonly CodeSet GroupTypes = new(Codes.GroupTypes);
    public static readonly CodeSet SessionStatuses = new(Codes.SessionStatuses);
    public static readonly CodeSet CancelReasons = new(Codes.CancelReasons);
    public static readonly CodeSet LocationTypes = new(Codes.LocationTypes);

    /// <summary>The <c>held</c> status instance (compare by reference-equal ordinal string).</summary>
    public static readonly string Held = Codes.SessionStatuses[0];

    /// <summary>The <c>cancelled</c> status instance.</summary>
    public static readonly string Cancelled = Codes.SessionStatuses[1];
}
