using System.Globalization;

namespace Osmo.Analytics.IO.RunOutput;

/// <summary>An output folder built in a temporary sibling and moved into place only when everything succeeded.</summary>
/// <remarks>
/// A run writes into <c>OUT/.&lt;name&gt;.tmp-&lt;id&gt;</c> (a fixed name, so that links Chromium bakes into PDFs are the same on every re-run). <see cref="Commit"/> renames the previous good folder aside
/// (<c>OUT/.&lt;name&gt;.old-&lt;id&gt;</c>), renames the new one into place and deletes the old one. Renames within one
/// file system are atomic, so a killed run leaves either the previous folder or the new one, never a half-written
/// folder under the final name. If a run dies between the two renames, <see cref="Create"/> of the next run restores
/// the aside folder first. Disposing without <see cref="Commit"/> deletes the temporary folder.
/// </remarks>
public sealed class RunFolder : IDisposable
{
    private bool _committed;

    private RunFolder(string finalPath, string workPath)
    {
        FinalPath = finalPath;
        WorkPath = workPath;
    }

    /// <summary>Where the folder ends up.</summary>
    public string FinalPath { get; }

    /// <summary>The temporary folder to write into.</summary>
    public string WorkPath { get; }

    /// <summary>Starts a new output folder <paramref name="name"/> under <paramref name="outRoot"/>.</summary>
    public static RunFolder Create(string outRoot, string name, string runId)
    {
        var root = Path.GetFullPath(outRoot);
        Directory.CreateDirectory(root);
        var finalPath = Path.Combine(root, name);
        RecoverAside(root, name, finalPath);
        var work = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $".{name}.tmp-{runId}"));
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        return new RunFolder(finalPath, work);
    }

    /// <summary>Moves the finished folder into place, replacing the previous one.</summary>
    public void Commit()
    {
        var root = Path.GetDirectoryName(FinalPath)!;
        var name = Path.GetFileName(FinalPath);
        var aside = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $".{name}.old-{Environment.ProcessId}"));
        if (Directory.Exists(FinalPath))
        {
            Directory.Move(FinalPath, aside);
        }

        Directory.Move(WorkPath, FinalPath);
        _committed = true;
        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_committed && Directory.Exists(WorkPath))
        {
            Directory.Delete(WorkPath, recursive: true);
        }
    }

    private static void RecoverAside(string root, string name, string finalPath)
    {
        foreach (var aside in Directory.EnumerateDirectories(root, $".{name}.old-*"))
        {
            if (!Directory.Exists(finalPath))
            {
                Directory.Move(aside, finalPath);
            }
            else
            {
                Directory.Delete(aside, recursive: true);
            }
        }

        foreach (var stale in Directory.EnumerateDirectories(root, $".{name}.tmp-*"))
        {
            Directory.Delete(stale, recursive: true);
        }
    }
}
