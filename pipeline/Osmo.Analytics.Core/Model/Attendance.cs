namespace Osmo.Analytics.Model;

/// <summary>A validated attendance row. Grain: one client at one held session.</summary>
public sealed record Attendance(string GroupId, DateOnly SessionOn, string ClientId);
