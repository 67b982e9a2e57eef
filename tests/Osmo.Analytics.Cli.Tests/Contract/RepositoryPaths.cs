namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Osmo.Analytics.sln</c>, found by walking up from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>data-samples/reference</c>: the shipped reference defaults.</summary>
    public static string Reference => Path.Combine(Root, "data-samples", "reference");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Osmo.Analytics.sln above {AppContext.BaseDirectory}.");
    }
}
