namespace Osmo.Analytics.Cli.Tests.EndToEnd;

/// <summary>Paths inside the repository, found by walking up from the test binary to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataSamples(string name) => Path.Combine(Root, "data-samples", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Osmo.Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Osmo.Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
