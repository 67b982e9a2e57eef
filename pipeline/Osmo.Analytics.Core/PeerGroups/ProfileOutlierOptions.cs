using System.Globalization;

namespace Osmo.Analytics.PeerGroups;

/// <summary>Settings of <see cref="ProfileOutliers"/> (section <c>profile_outliers</c> of osmo.json). Defaults in
/// <see cref="ProfileOutlierDefaults"/>.</summary>
public sealed record ProfileOutlierOptions
{
    /// <summary>Default options.</summary>
    public static ProfileOutlierOptions Default { get; } = new();

    /// <summary>Whether outliers are computed (<c>enabled</c>).</summary>
    /// <value>Default true.</value>
    public bool Enabled { get; init; } = ProfileOutlierDefaults.Enabled;

    /// <summary>Seed (<c>seed</c>).</summary>
    /// <value>Default 20251.</value>
    public int Seed { get; init; } = ProfileOutlierDefaults.Seed;

    /// <summary>Principal components of the normal subspace (<c>rank</c>), capped at features - 1 and municipalities - 1.</summary>
    /// <value>Default 2. Range 1-20.</value>
    public int Rank { get; init; } = ProfileOutlierDefaults.Rank;

    /// <summary>Score threshold (<c>score_threshold</c>), 0-1.</summary>
    /// <value>Default 0.5 (<see cref="ProfileOutlierDefaults.ScoreThreshold"/>).</value>
    public double ScoreThreshold { get; init; } = ProfileOutlierDefaults.ScoreThreshold;

    /// <summary>Smallest largest-|z| of an outlier (<c>min_abs_z</c>).</summary>
    /// <value>Default 3.5 (<see cref="ProfileOutlierDefaults.MinAbsZ"/>).</value>
    public double MinAbsZ { get; init; } = ProfileOutlierDefaults.MinAbsZ;

    /// <summary>Clip of the training values in robust sds (<c>clip_z</c>).</summary>
    /// <value>Default 3 (<see cref="ProfileOutlierDefaults.ClipZ"/>).</value>
    public double ClipZ { get; init; } = ProfileOutlierDefaults.ClipZ;

    /// <summary>Fewest municipalities in the model (<c>min_municipalities</c>); fewer: no outliers.</summary>
    /// <value>Default 8 (<see cref="ProfileOutlierDefaults.MinMunicipalities"/>).</value>
    public int MinMunicipalities { get; init; } = ProfileOutlierDefaults.MinMunicipalities;

    /// <summary>Fewest active clients for a municipality to enter the model (<c>min_active_clients</c>).</summary>
    /// <value>Default 20 (<see cref="ProfileOutlierDefaults.MinActiveClients"/>).</value>
    public int MinActiveClients { get; init; } = ProfileOutlierDefaults.MinActiveClients;

    /// <summary>Smallest denominator of a used indicator value (<c>min_denominator</c>).</summary>
    /// <value>Default 10 (<see cref="ProfileOutlierDefaults.MinDenominator"/>).</value>
    public int MinDenominator { get; init; } = ProfileOutlierDefaults.MinDenominator;

    /// <summary>Indicators reported per municipality (<c>top_indicators</c>).</summary>
    /// <value>Default 3 (<see cref="ProfileOutlierDefaults.TopIndicators"/>).</value>
    public int TopIndicators { get; init; } = ProfileOutlierDefaults.TopIndicators;

    /// <summary>Problems with the settings, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Check(string name, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"profile_outliers.{name} = {value} is outside {min}-{max}."));
            }
        }

        Check("rank", Rank, 1, 20);
        Check("score_threshold", ScoreThreshold, 0, 1);
        Check("min_abs_z", MinAbsZ, 0, 100);
        Check("clip_z", ClipZ, 0.5, 100);
        Check("min_municipalities", MinMunicipalities, 3, 100000);
        Check("min_active_clients", MinActiveClients, 0, 1000000);
        Check("min_denominator", MinDenominator, 1, 1000000);
        Check("top_indicators", TopIndicators, 1, 20);
        return problems;
    }
}
