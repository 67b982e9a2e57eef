using System.Text.Encodings.Web;
using System.Text.Json;

namespace Osmo.Analytics.IO.Manifest;

/// <summary>Writes and reads <c>run.json</c> (snake_case, indented, UTF-8 without BOM).</summary>
public static class RunManifestWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the manifest to <paramref name="path"/>.</summary>
    public static void Write(string path, RunManifest manifest)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, manifest, Options);
    }

    /// <summary>Reads a manifest back (for <c>osmo render</c> and tests).</summary>
    public static RunManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<RunManifest>(stream, Options)
            ?? throw new InvalidDataException($"{path} holds no run manifest.");
    }
}
