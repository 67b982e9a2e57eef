namespace Osmo.Analytics.Sample;

/// <summary>Generates realistic, seeded sample exports with planted service gaps (see <see cref="PlantedTruth"/>).</summary>
/// <remarks>Pure: chance comes only from <c>new Random(seed)</c>-style streams and time only from
/// <see cref="SampleOptions.Period"/>, so the same options always give the same rows. Identifiers carry a letter
/// prefix (<c>K</c> case, <c>A</c> client, <c>M</c> measurement, <c>R</c> group) followed by the municipality's
/// number and a sequence, which keeps every cell clear of phone-number and henkilötunnus patterns.</remarks>
public static class SampleGenerator
{
    /// <summary>Builds the sample's world (reference data, per-municipality plans, planted truths); rows are generated
    /// lazily by <see cref="SampleDataset.Rows"/>.</summary>
    public static SampleDataset Generate(SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CaseCount is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CaseCount, "CaseCount must not be negative.");
        }

        var world = options.Scale == SampleScale.National ? NationalCatalog.Build(options) : RegionCatalog.Build(options);
        return new SampleDataset(world);
    }
}
