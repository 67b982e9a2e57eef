namespace Osmo.Analytics.PeerGroups;

/// <summary>The ML anomaly score of one municipality's r12 indicator profile. Grain: one row per municipality in the
/// profile matrix, in municipality code order.</summary>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="Score">Randomized-PCA score in [0, 1]: the share of the profile's distance from the centre that the
/// principal subspace of the other municipalities' profiles does not explain.</param>
/// <param name="Threshold">The score threshold in force (<see cref="ProfileOutlierOptions.ScoreThreshold"/>).</param>
/// <param name="IsOutlier">Score above the threshold and at least one indicator with |z| at least
/// <see cref="ProfileOutlierOptions.MinAbsZ"/>.</param>
/// <param name="TopDeviations">The indicators that deviate most (largest |z| first, ties by catalog order), at most
/// <see cref="ProfileOutlierOptions.TopIndicators"/>.</param>
public sealed record ProfileOutlier(
    string MunicipalityCode,
    double Score,
    double Threshold,
    bool IsOutlier,
    IReadOnlyList<IndicatorDeviation> TopDeviations);
