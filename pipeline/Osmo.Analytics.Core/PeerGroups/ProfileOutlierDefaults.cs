namespace Osmo.Analytics.PeerGroups;

/// <summary>Default values of <see cref="ProfileOutlierOptions"/>.</summary>
public static class ProfileOutlierDefaults
{
    /// <summary>Outliers are on.</summary>
    public const bool Enabled = true;

    /// <summary>Seed of the ML context and of randomized PCA: 20251.</summary>
    public const int Seed = 20251;

    /// <summary>Principal components kept: 2.</summary>
    public const int Rank = 2;

    /// <summary>Randomized-PCA score above which a profile is anomalous: 0.5 (ML.NET's own default).</summary>
    public const double ScoreThreshold = 0.5;

    /// <summary>An outlier also needs an indicator at least 6 robust sds from the median. At 3.5 the region sample flagged
    /// 10 of 18 municipalities (noise); at 6 it flags 5, four of them the planted service gaps.</summary>
    public const double MinAbsZ = 6;

    /// <summary>Training values are clipped to +-3 so that an outlier cannot pull the principal subspace towards itself.</summary>
    public const double ClipZ = 3;

    /// <summary>Fewest municipalities worth modelling: 8.</summary>
    public const int MinMunicipalities = 8;

    /// <summary>A municipality enters the model with at least 20 active clients in r12.</summary>
    public const int MinActiveClients = 20;

    /// <summary>An indicator value is used when its denominator is at least 10 (else imputed).</summary>
    public const int MinDenominator = 10;

    /// <summary>Indicators reported per outlier: 3.</summary>
    public const int TopIndicators = 3;
}
