namespace Osmo.Analytics.Validation;

/// <summary>Fixed limits of validation.</summary>
public static class ValidationDefaults
{
    /// <summary>At most this many characters of a cell value are quoted in a quarantine detail (longer ones end in
    /// <c>...</c>). Values are quoted only after the identifier check, so they hold no direct identifier.</summary>
    /// <value>40.</value>
    public const int QuotedValueMaxLength = 40;

    /// <summary>Separator of the raw cells in <see cref="Model.RowIssue.RowMasked"/>.</summary>
    /// <value><c>;</c>.</value>
    public const char RowMaskedSeparator = ';';

    /// <summary>Separator of the codes in a <c>services</c> cell.</summary>
    /// <value><c>|</c>.</value>
    public const char ServiceSeparator = '|';
}
