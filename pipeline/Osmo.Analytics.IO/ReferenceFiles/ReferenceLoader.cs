using System.Collections.Immutable;
using System.Globalization;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>Loads the reference data of a run from the shipped defaults and an optional override folder.</summary>
/// <remarks>
/// <para>Each reference file is <c>&lt;stem&gt;.csv</c> (stem matched case-insensitively). The override folder
/// replaces the defaults file by file (spec/data-contract.md "Reference overrides"): a file present there is used
/// entirely and the default of the same stem is not read at all; stems absent there come from the defaults.</para>
/// <para><c>low_threshold_points</c>, <c>participation_structures</c> and <c>need_reference</c> are optional: when
/// found in neither folder their lists are empty and <see cref="LoadedReference.MissingOptional"/> names them.
/// The other files are required.</para>
/// <para>Any bad row rejects the load (<see cref="ReferenceDataException"/> with file, line and column): a missing or
/// malformed value, a duplicate key, a row with more cells than the header, a municipality whose wellbeing county is
/// not in <c>wellbeing_counties</c>. Other cross-file references (a need estimate for a municipality not in
/// <c>municipalities</c>) are not checked: an override of <c>municipalities</c> with one region's municipalities
/// must still work with the national default <c>need_reference</c>; such rows are simply never matched.</para>
/// </remarks>
public static partial class ReferenceLoader
{
    /// <summary>The reference file stems, in load (and manifest) order.</summary>
    public static readonly ImmutableArray<string> FileStems =
    [
        "municipalities", "wellbeing_counties", "target_groups", "services", "meters",
        "low_threshold_points", "participation_structures", "need_reference",
    ];

    /// <summary>Stems that may be missing from both folders.</summary>
    public static readonly ImmutableArray<string> OptionalStems = ["low_threshold_points", "participation_structures", "need_reference"];

    /// <summary>Loads every reference file.</summary>
    /// <param name="defaultsDir">The shipped reference folder.</param>
    /// <param name="overrideDir">The input folder's <c>reference/</c> or the <c>--reference</c> folder; null for none.</param>
    /// <exception cref="ReferenceDataException">A folder or required file is missing, or a file has a bad row.</exception>
    public static LoadedReference Load(string defaultsDir, string? overrideDir)
    {
        ArgumentNullException.ThrowIfNull(defaultsDir);
        RequireFolder(defaultsDir, "default reference");
        if (overrideDir is not null)
        {
            RequireFolder(overrideDir, "reference override");
        }

        var loader = new Loader(defaultsDir, overrideDir);
        var counties = loader.Read("wellbeing_counties", CountyColumns, ParseCounty, c => c.Code, "code");
        var countyCodes = counties.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var municipalities = loader.Read("municipalities", MunicipalityColumns, row => ParseMunicipality(row, countyCodes), m => m.Code, "code");
        var targetGroups = loader.Read("target_groups", CodeNameColumns, ParseCodeName, c => c.Code, "code");
        var services = loader.Read("services", CodeNameColumns, ParseCodeName, c => c.Code, "code");
        var meters = loader.Read("meters", MeterColumns, ParseMeterDomain, d => d.Meter + " / " + d.Domain, "domain");
        var points = loader.Read("low_threshold_points", PointColumns, ParsePoint, p => p.PointId, "point_id");
        var structures = loader.Read("participation_structures", StructureColumns, ParseStructure);
        var needs = loader.Read("need_reference", NeedColumns, ParseNeed, n => $"{n.MunicipalityCode} / {n.TargetGroup} / {n.Year}", "year");

        var data = new ReferenceData(municipalities, counties, targetGroups, services, meters, points, structures, needs);
        var files = loader.Files.OrderBy(f => FileStems.IndexOf(f.Stem)).Select(f => f.File).ToImmutableArray();
        return new LoadedReference(data, files, [.. loader.MissingOptional]);
    }

    private static void RequireFolder(string directory, string what)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReferenceDataException($"The {what} folder '{directory}' does not exist ({Path.GetFullPath(directory)}).");
        }
    }

    /// <summary>Locates and reads files, remembering which were used.</summary>
    private sealed class Loader(string defaultsDir, string? overrideDir)
    {
        public List<(string Stem, ReferenceFile File)> Files { get; } = [];

        public List<string> MissingOptional { get; } = [];

        public List<T> Read<T>(string stem, string[] columns, Func<ReferenceRow, T> parse, Func<T, string>? key = null, string keyColumn = "")
        {
            var fromOverride = overrideDir is not null ? Find(overrideDir, stem) : null;
            var path = fromOverride ?? Find(defaultsDir, stem);
            if (path is null)
            {
                if (OptionalStems.Contains(stem))
                {
                    MissingOptional.Add(stem);
                    return [];
                }

                var where = overrideDir is null ? $"'{defaultsDir}'" : $"'{overrideDir}' or '{defaultsDir}'";
                throw new ReferenceDataException($"reference/{stem}.csv", 0, string.Empty, $"the file is missing: it is in neither {where}.");
            }

            using var table = ReferenceTable.Open(path, columns);
            var rows = new List<T>();
            var lines = key is null ? null : new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in table.Rows())
            {
                var item = parse(row);
                if (lines is not null && !lines.TryAdd(key!(item), row.Line))
                {
                    throw row.Error(keyColumn, string.Create(CultureInfo.InvariantCulture, $"'{key!(item)}' is already defined on line {lines[key!(item)]}."));
                }

                rows.Add(item);
            }

            var fingerprint = table.Fingerprint;
            Files.Add((stem, new ReferenceFile(table.Name, Path.GetFullPath(path), fingerprint.Sha256, fingerprint.Length, fromOverride is not null)));
            return rows;
        }

        private static string? Find(string directory, string stem)
        {
            var wanted = stem + ".csv";
            // Ordinal order makes the pick deterministic if two names differ only in case.
            foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file).Equals(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }

            return null;
        }
    }
}
