using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.PeerGroups;

/// <summary>Peer groups (vertailukunnat) of municipalities: ML.NET k-means over standardised structural features.</summary>
/// <remarks>
/// <para><b>Features</b>, in this fixed order: ln(population 18-64); the need rate of each target group in reference
/// order (people_in_need / population 18-64, the estimate of the period's year, else the latest earlier year, 0 when
/// none); the share of people in need (all groups' people_in_need / population). Each is standardised to mean 0 and
/// sd 1 over the municipalities (a constant feature becomes 0). Only reference data: the groups do not move with the
/// service's own results, so comparing a municipality's results with its peers is fair.</para>
/// <para><b>k</b>: <see cref="PeerGroupOptions.K"/>, or automatically clamp(round(sqrt(n / 2)), 2, 8) (the rule of
/// thumb k ~ sqrt(n/2), capped so each group has several members at national scale: about 8 groups of 40
/// municipalities for 300, 3 groups for 18), never above n - 1. Fewer than 4 municipalities: no peer groups.</para>
/// <para><b>Determinism</b>: <c>MLContext(seed)</c>, k-means++ initialisation, one thread, rows in municipality code
/// order; the clusters are relabelled <c>P1</c>, <c>P2</c>... in the order of their smallest member code, so the
/// ids do not depend on ML.NET's internal cluster numbering.</para>
/// </remarks>
public static class PeerGroupClustering
{
    /// <summary>The automatic k for n municipalities.</summary>
    public static int AutoK(int n) => Math.Min(Math.Clamp((int)Math.Round(Math.Sqrt(n / 2.0), MidpointRounding.AwayFromZero), 2, PeerGroupDefaults.MaxAutoK), Math.Max(n - 1, 1));

    /// <summary>Assigns every municipality with a population to a peer group.</summary>
    /// <param name="reference">Municipalities, target groups and need estimates.</param>
    /// <param name="period">The period (selects the need year).</param>
    /// <param name="options">Settings.</param>
    public static PeerGroupAssignment Compute(ReferenceData reference, DateOnly period, PeerGroupOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var municipalities = reference.Municipalities.Where(m => m.Population18To64 > 0).OrderBy(m => m.Code, StringComparer.Ordinal).ToArray();
        if (!options.Enabled || municipalities.Length < PeerGroupDefaults.MinMunicipalities)
        {
            return PeerGroupAssignment.Empty;
        }

        var (names, raw) = Features(reference, municipalities, period.Year);
        var z = Standardizer.MeanSd(raw);
        var k = Math.Min(options.K > 0 ? options.K : AutoK(municipalities.Length), municipalities.Length);
        var labels = Cluster(z, k, options.Seed);

        // Relabel by smallest member code (rows are in code order, so first appearance = smallest member).
        var ids = new Dictionary<uint, string>();
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < municipalities.Length; i++)
        {
            if (!ids.TryGetValue(labels[i], out var id))
            {
                id = "P" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids[labels[i]] = id;
            }

            groups[municipalities[i].Code] = id;
        }

        return new PeerGroupAssignment(groups, ids.Count, names);
    }

    private static (string[] Names, double[][] Rows) Features(ReferenceData reference, Municipality[] municipalities, int year)
    {
        var groups = reference.TargetGroups.Select(t => t.Code).ToArray();
        var need = new Dictionary<(string, string), (int Year, int People)>();
        foreach (var n in reference.Needs)
        {
            if (n.Year <= year && (!need.TryGetValue((n.MunicipalityCode, n.TargetGroup), out var best) || n.Year > best.Year))
            {
                need[(n.MunicipalityCode, n.TargetGroup)] = (n.Year, n.PeopleInNeed);
            }
        }

        string[] names = ["log_population_18_64", .. groups.Select(g => "need_rate_" + g), "need_share"];
        var rows = new double[municipalities.Length][];
        for (var i = 0; i < municipalities.Length; i++)
        {
            var m = municipalities[i];
            var row = new double[names.Length];
            double pop = m.Population18To64, total = 0;
            row[0] = Math.Log(pop);
            for (var g = 0; g < groups.Length; g++)
            {
                var people = need.TryGetValue((m.Code, groups[g]), out var e) ? e.People : 0;
                total += people;
                row[g + 1] = people / pop;
            }

            row[^1] = total / pop;
            rows[i] = row;
        }

        return (names, rows);
    }

    private static uint[] Cluster(double[][] z, int k, int seed)
    {
        var ml = new MLContext(seed);
        var dimension = z[0].Length;
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(z.Select(r => new FeatureRow { Features = [.. r.Select(x => (float)x)] }), schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 1000,
            OptimizationTolerance = 1e-7f,
        });
        var predictions = trainer.Fit(data).Transform(data);
        return [.. predictions.GetColumn<uint>("PredictedLabel")];
    }
}
