namespace Osmo.Analytics.Validation;

/// <summary>One direct identifier found in a text.</summary>
/// <param name="Index">Index of the first character of the identifier in the text.</param>
/// <param name="Length">Number of characters the identifier spans (separators inside a phone number included).</param>
/// <param name="Kind">What was found.</param>
public readonly record struct IdentifierMatch(int Index, int Length, IdentifierKind Kind)
{
    /// <summary>Index one past the last character.</summary>
    public int End => Index + Length;
}
