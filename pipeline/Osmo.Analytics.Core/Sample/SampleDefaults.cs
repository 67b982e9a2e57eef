namespace Osmo.Analytics.Sample;

/// <summary>Defaults of <see cref="SampleOptions"/>.</summary>
public static class SampleDefaults
{
    /// <summary>Default seed: 20251105 (the default export date).</summary>
    public const int Seed = 20251105;

    /// <summary>Default period month: October 2025 (the 24 exported months are November 2023 - October 2025).</summary>
    public static readonly DateOnly Period = new(2025, 10, 1);

    /// <summary>Days from the period end to the export date: exports are dated 5 days after the period (2025-11-05).</summary>
    public const int ExportLagDays = 5;

    /// <summary>Default case count of a scale: small 2,000, region 30,000, national 1,000,000.</summary>
    public static int CaseCount(SampleScale scale) => scale switch
    {
        SampleScale.Small => 2_000,
        SampleScale.Region => 30_000,
        SampleScale.National => 1_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}
