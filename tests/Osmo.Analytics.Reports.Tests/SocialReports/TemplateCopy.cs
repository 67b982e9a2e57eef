namespace Osmo.Analytics.Reports.Tests.SocialReports;

/// <summary>A temporary copy of the shipped templates (a user's <c>--templates DIR</c>), deleted on dispose.</summary>
internal sealed class TemplateCopy : IDisposable
{
    private TemplateCopy(string path) => Path = path;

    public string Path { get; }

    public static TemplateCopy Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "osmo-templates-" + System.IO.Path.GetRandomFileName());
        foreach (var file in Directory.EnumerateFiles(ReportTemplates.Root, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(path, System.IO.Path.GetRelativePath(ReportTemplates.Root, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new TemplateCopy(path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
