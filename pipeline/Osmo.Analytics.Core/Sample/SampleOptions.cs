namespace Osmo.Analytics.Sample;

/// <summary>What <see cref="SampleGenerator"/> generates. Same options (seed included) give the same rows.</summary>
public sealed record SampleOptions
{
    /// <summary>Scale of the data.</summary>
    /// <value>Default <see cref="SampleScale.Region"/>.</value>
    public SampleScale Scale { get; init; } = SampleScale.Region;

    /// <summary>Seed of every random choice.</summary>
    /// <value>Default <see cref="SampleDefaults.Seed"/>.</value>
    public int Seed { get; init; } = SampleDefaults.Seed;

    /// <summary>The period month (any day of it); the data covers the 24 months ending with it.</summary>
    /// <value>Default 2025-10 (<see cref="SampleDefaults.Period"/>).</value>
    public DateOnly Period { get; init; } = SampleDefaults.Period;

    /// <summary>Number of cases to generate, or null for the scale's default (<see cref="SampleDefaults.CaseCount"/>).</summary>
    /// <value>Default null.</value>
    public int? CaseCount { get; init; }

    /// <summary>The case count actually used.</summary>
    public int EffectiveCaseCount => CaseCount ?? SampleDefaults.CaseCount(Scale);

    /// <summary>First day of the 24-month window.</summary>
    public DateOnly WindowStart => new DateOnly(Period.Year, Period.Month, 1).AddMonths(-23);

    /// <summary>Last day of the period month; no generated date is later.</summary>
    public DateOnly WindowEnd => new DateOnly(Period.Year, Period.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The date the exports are said to be taken (<see cref="WindowEnd"/> + <see cref="SampleDefaults.ExportLagDays"/>).</summary>
    public DateOnly ExportDate => WindowEnd.AddDays(SampleDefaults.ExportLagDays);
}
