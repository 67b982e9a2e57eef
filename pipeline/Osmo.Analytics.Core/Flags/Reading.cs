namespace Osmo.Analytics.Flags;

/// <summary>Numerator, denominator and value of one cell in one window as a rule reads it. A missing row reads as
/// known zeros (the calculator leaves out target-group cells without data); <see cref="IsKnown"/> is false only
/// when the window cannot be rebuilt from the trend months (persistence before the 12th trend month).</summary>
internal readonly record struct Reading(bool IsKnown, long Numerator, long Denominator, double? Value)
{
    public static Reading Unknown => new(false, 0, 0, null);

    public static Reading Zero => new(true, 0, 0, null);
}
