using System.Collections.Concurrent;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Deletes the temp folders of the contract runs once all tests are done (some runs are shared between test
/// classes, so no single test can delete them).</summary>
[TestClass]
public sealed class ContractTempFolders
{
    private static readonly ConcurrentBag<string> Folders = [];

    public static void Register(string folder) => Folders.Add(folder);

    [AssemblyCleanup]
    public static void DeleteAll()
    {
        foreach (var folder in Folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail the run over cleanup.
            }
        }
    }
}
