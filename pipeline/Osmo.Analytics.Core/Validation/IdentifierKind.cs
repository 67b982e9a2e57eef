namespace Osmo.Analytics.Validation;

/// <summary>The kinds of direct identifier that <see cref="IdentifierGuard"/> finds.</summary>
/// <remarks>The declaration order is the order the run summary lists them in.</remarks>
public enum IdentifierKind
{
    /// <summary>Finnish personal identity code (henkilötunnus), e.g. <c>131052-308T</c>.</summary>
    PersonalIdentityCode = 0,
    /// <summary>E-mail address <c>local@domain.tld</c>.</summary>
    EmailAddress = 1,
    /// <summary>Finnish phone number (<c>+358</c>, <c>00358</c> or <c>0</c> prefix).</summary>
    PhoneNumber = 2,
}
