namespace Osmo.Analytics.Validation;

/// <summary>The key of a group session: <c>group_id</c> x <c>session_on</c>.</summary>
/// <param name="GroupId">The group identifier as read (trimmed).</param>
/// <param name="SessionOn">The session day.</param>
public readonly record struct SessionKey(string GroupId, DateOnly SessionOn);
