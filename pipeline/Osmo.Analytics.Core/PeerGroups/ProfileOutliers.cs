using Microsoft.ML;
using Microsoft.ML.Data;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.PeerGroups;

/// <summary>Profile outliers: ML.NET randomized-PCA anomaly scores of the municipalities' r12 indicator profiles,
/// feeding AN_PROFILE_OUTLIER.</summary>
/// <remarks>
/// <para><b>Profile</b>: the r12 values at municipality level of <see cref="Features"/> (fixed order). A value counts
/// when its denominator is at least <see cref="ProfileOutlierOptions.MinDenominator"/>; otherwise, or when missing,
/// it is imputed with the column median. Only municipalities with at least
/// <see cref="ProfileOutlierOptions.MinActiveClients"/> active clients enter: tiny municipalities have extreme shares
/// by chance. Fewer than <see cref="ProfileOutlierOptions.MinMunicipalities"/>: no scores.</para>
/// <para><b>Standardisation</b>: robust z = (x - median) / (1.4826 x MAD) per indicator, so that the outlier itself
/// does not inflate the scale it is measured with.</para>
/// <para><b>Model</b>: ML.NET RandomizedPca (rank <see cref="ProfileOutlierOptions.Rank"/>, zero mean, seeded) trained on
/// the municipalities without an extreme indicator (all |z| under <see cref="ProfileOutlierOptions.MinAbsZ"/>; when
/// fewer than max(rank + 2, min_municipalities / 2) remain, on all of them), values clipped to
/// +-<see cref="ProfileOutlierOptions.ClipZ"/>, so that an outlier cannot pull the principal subspace towards itself;
/// then applied to every unclipped profile. Constant columns are left out. Its score is the share of a profile's distance
/// from the centre that the usual pattern of variation does not explain (0-1).</para>
/// <para><b>Outlier</b> = score above <see cref="ProfileOutlierOptions.ScoreThreshold"/> AND at least one indicator with
/// |z| at least <see cref="ProfileOutlierOptions.MinAbsZ"/>: the score alone is scale-free (a profile close to the
/// centre can point in an unusual direction), the z guard asks the deviation to be large as well. The indicators
/// reported are the <see cref="ProfileOutlierOptions.TopIndicators"/> largest |z| (ties by feature order).</para>
/// </remarks>
public static class ProfileOutliers
{
    /// <summary>The profile indicators, in feature order.</summary>
    public static IReadOnlyList<string> Features { get; } =
    [
        IndicatorIds.ClientsPer1000, IndicatorIds.ReachPct, IndicatorIds.OutreachFirstContactPct, IndicatorIds.AssessmentStart7WdPct,
        IndicatorIds.AssessmentDone3MPct, IndicatorIds.ClientPlanPct, IndicatorIds.UnplannedClosurePct,
        IndicatorIds.SocialRehabDecisionsPer1000, IndicatorIds.ExperienceExpertPct, IndicatorIds.Participation3PlusPct,
        IndicatorIds.MeterCoveragePct, IndicatorIds.MeterFollowUpLossPct, IndicatorIds.SessionsLowThresholdPct,
    ];

    /// <summary>Scores every modelled municipality.</summary>
    /// <param name="result">The unsuppressed indicator result.</param>
    /// <param name="options">Settings.</param>
    /// <returns>One row per modelled municipality in code order; empty when off or too few municipalities.</returns>
    public static IReadOnlyList<ProfileOutlier> Detect(IndicatorResult result, ProfileOutlierOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        if (!options.Enabled)
        {
            return [];
        }

        var (codes, profiles) = Profiles(result, options);
        if (codes.Length < options.MinMunicipalities)
        {
            return [];
        }

        var z = Standardizer.Robust(profiles);
        var scores = Score(z, options);
        var outliers = new ProfileOutlier[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var top = z[i].Select((value, j) => new IndicatorDeviation(Features[j], Math.Round(value, 4, MidpointRounding.AwayFromZero)))
                .Where(d => d.Z != 0)
                .OrderByDescending(d => Math.Abs(d.Z))
                .Take(options.TopIndicators)
                .ToArray();
            var maxAbsZ = z[i].Max(Math.Abs);
            var score = Math.Round(scores[i], 4, MidpointRounding.AwayFromZero);
            outliers[i] = new ProfileOutlier(codes[i], score, options.ScoreThreshold, score > options.ScoreThreshold && maxAbsZ >= options.MinAbsZ, top);
        }

        return outliers;
    }

    private static (string[] Codes, double?[][] Profiles) Profiles(IndicatorResult result, ProfileOutlierOptions options)
    {
        var index = Features.Select((f, j) => (f, j)).ToDictionary(x => x.f, x => x.j, StringComparer.Ordinal);
        var rows = new SortedDictionary<string, double?[]>(StringComparer.Ordinal);
        var active = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var v in result.Values)
        {
            if (v.Window != IndicatorWindows.Rolling12 || v.Period != result.Period || v.Level != IndicatorLevels.Municipality || v.MunicipalityCode is not { } code)
            {
                continue;
            }

            if (v.IndicatorId == IndicatorIds.ActiveClients)
            {
                active[code] = v.Numerator ?? 0;
            }
            else if (index.TryGetValue(v.IndicatorId, out var j))
            {
                if (!rows.TryGetValue(code, out var row))
                {
                    row = new double?[Features.Count];
                    rows[code] = row;
                }

                row[j] = v.Denominator >= options.MinDenominator ? v.Value : null;
            }
        }

        var kept = rows.Where(r => active.GetValueOrDefault(r.Key) >= options.MinActiveClients).ToArray();
        return ([.. kept.Select(r => r.Key)], [.. kept.Select(r => r.Value)]);
    }

    private static double[] Score(double[][] z, ProfileOutlierOptions options)
    {
        // Constant columns (an indicator nobody has, or everyone imputed) carry no variation and make the randomized
        // SVD degenerate: the model sees only the varying ones.
        var varying = Enumerable.Range(0, z[0].Length).Where(j => z.Any(r => r[j] != 0)).ToArray();
        if (varying.Length < 2)
        {
            return new double[z.Length];
        }

        var d = varying.Length;
        var rank = Math.Max(1, Math.Min(options.Rank, Math.Min(d - 1, z.Length - 1)));
        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        var clip = options.ClipZ;
        // The normal subspace is learnt from the municipalities with no extreme indicator (|z| under min_abs_z):
        // with a few dozen municipalities one extreme profile would otherwise become a principal direction itself
        // and explain its own deviation away. Too few of them: all municipalities, clipped.
        var normal = z.Where(r => r.Max(Math.Abs) < options.MinAbsZ).ToArray();
        var basis = normal.Length >= Math.Max(rank + 2, options.MinMunicipalities / 2) ? normal : z;
        var train = ml.Data.LoadFromEnumerable(basis.Select(r => new FeatureRow { Features = [.. varying.Select(j => (float)Math.Clamp(r[j], -clip, clip))] }), schema);
        var all = ml.Data.LoadFromEnumerable(z.Select(r => new FeatureRow { Features = [.. varying.Select(j => (float)r[j])] }), schema);
        var trainer = ml.AnomalyDetection.Trainers.RandomizedPca(
            featureColumnName: nameof(FeatureRow.Features), rank: rank, oversampling: Math.Max(1, Math.Min(20, d - rank)), ensureZeroMean: true, seed: options.Seed);
        var scored = trainer.Fit(train).Transform(all);

        // A profile exactly at the centre has no direction: ML.NET returns NaN (0/0); it is not an outlier.
        return [.. scored.GetColumn<float>("Score").Select(s => float.IsFinite(s) ? (double)s : 0)];
    }
}
