namespace Osmo.Analytics.Model;

/// <summary>Wire codes of <see cref="QuarantineReason"/>.</summary>
public static class QuarantineReasons
{
    /// <summary>All reasons in precedence order.</summary>
    public static IReadOnlyList<QuarantineReason> All { get; } = Enum.GetValues<QuarantineReason>();

    /// <summary>The snake_case code used in quarantine.csv and run.json, e.g. <c>direct_identifier</c>.</summary>
    public static string Code(this QuarantineReason reason) => reason switch
    {
        QuarantineReason.DirectIdentifier => "direct_identifier",
        QuarantineReason.DuplicateRow => "duplicate_row",
        QuarantineReason.BadValue => "bad_value",
        QuarantineReason.UnknownCode => "unknown_code",
        QuarantineReason.FutureDate => "future_date",
        QuarantineReason.DateOrder => "date_order",
        QuarantineReason.ClosureMismatch => "closure_mismatch",
        QuarantineReason.ConflictingKey => "conflicting_key",
        QuarantineReason.OrphanRow => "orphan_row",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
