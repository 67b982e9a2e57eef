namespace Osmo.Analytics.Validation;

/// <summary>Names of <see cref="IdentifierKind"/> for run summaries and quarantine details.</summary>
public static class IdentifierKinds
{
    /// <summary>All kinds in declaration order.</summary>
    public static IReadOnlyList<IdentifierKind> All { get; } = Enum.GetValues<IdentifierKind>();

    /// <summary>The snake_case wire code used in run summaries: <c>henkilotunnus</c>, <c>email</c>, <c>phone</c>.</summary>
    public static string Code(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.PersonalIdentityCode => "henkilotunnus",
        IdentifierKind.EmailAddress => "email",
        IdentifierKind.PhoneNumber => "phone",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A short English description for quarantine details, e.g. <c>an e-mail address</c>.</summary>
    public static string Describe(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.PersonalIdentityCode => "a personal identity code (henkilötunnus)",
        IdentifierKind.EmailAddress => "an e-mail address",
        IdentifierKind.PhoneNumber => "a phone number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
