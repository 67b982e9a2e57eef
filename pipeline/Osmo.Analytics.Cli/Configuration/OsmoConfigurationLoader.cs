using System.Text.Json;
using System.Text.Json.Serialization;

namespace Osmo.Analytics.Cli.Configuration;

/// <summary>Reads <c>osmo.json</c>. An unknown key is an error (a misspelt option must not silently fall back to its default).</summary>
public static class OsmoConfigurationLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads <paramref name="path"/>, or the defaults when it is null. Throws <see cref="InputRejectedException"/> naming the file.</summary>
    public static OsmoConfiguration Load(string? path)
    {
        if (path is null)
        {
            return new OsmoConfiguration();
        }

        if (!File.Exists(path))
        {
            throw new InputRejectedException($"configuration file '{path}' does not exist.");
        }

        OsmoConfiguration configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<OsmoConfiguration>(File.ReadAllText(path), Options) ?? new OsmoConfiguration();
        }
        catch (JsonException ex)
        {
            throw new InputRejectedException($"{path}: {ex.Message}", ex);
        }

        var problems = configuration.Validate();
        return problems.Count == 0 ? configuration : throw new InputRejectedException($"{path}: {string.Join(" ", problems)}");
    }
}
