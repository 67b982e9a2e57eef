using System.Diagnostics.CodeAnalysis;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Validation;

/// <summary>The outcome of validating one row: the typed record, or the issue that quarantines the row.</summary>
/// <typeparam name="T">The validated record type (<see cref="ClientCase"/>, <see cref="MeterScore"/>, ...).</typeparam>
/// <remarks>Invariant: exactly one of <see cref="Value"/> and <see cref="Issue"/> is non-null for every result a
/// validator returns; <see cref="IsAccepted"/> says which. (Only <c>default(RowResult&lt;T&gt;)</c>, which no validator
/// returns, has neither.) A struct, so the accepted path of a million-row file allocates nothing for the result.</remarks>
public readonly struct RowResult<T> : IEquatable<RowResult<T>>
    where T : class
{
    /// <summary>A result holding an accepted record.</summary>
    public RowResult(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>A result holding the issue of a quarantined row.</summary>
    public RowResult(RowIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
    }

    /// <summary>The validated record; null when the row was quarantined.</summary>
    public T? Value { get; }

    /// <summary>Why the row was quarantined; null when it was accepted.</summary>
    public RowIssue? Issue { get; }

    /// <summary>Whether the row was accepted (<see cref="Value"/> is set, <see cref="Issue"/> is null).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsAccepted => Value is not null;

    /// <summary>Equal when both hold the same value or equal issues.</summary>
    public bool Equals(RowResult<T> other) => Equals(Value, other.Value) && Equals(Issue, other.Issue);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RowResult<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Issue);

    /// <summary>Equality operator.</summary>
    public static bool operator ==(RowResult<T> left, RowResult<T> right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(RowResult<T> left, RowResult<T> right) => !left.Equals(right);
}
