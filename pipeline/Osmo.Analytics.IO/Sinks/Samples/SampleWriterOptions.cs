using System.Collections.Immutable;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>How <see cref="SampleWriter"/> writes the exports.</summary>
public sealed record SampleWriterOptions
{
    /// <summary>Header language.</summary>
    /// <value>Default <see cref="SampleHeaderLanguage.English"/>.</value>
    public SampleHeaderLanguage HeaderLanguage { get; init; } = SampleHeaderLanguage.English;

    /// <summary>CSV delimiter, <c>;</c> or <c>,</c>. With <c>;</c> decimals are written with a comma (<c>6,5</c>).</summary>
    /// <value>Default <c>,</c>.</value>
    public char Delimiter { get; init; } = ',';

    /// <summary>Encoding of every CSV file unless overridden in <see cref="EncodingOverrides"/>.</summary>
    /// <value>Default <see cref="SampleEncoding.Utf8"/>.</value>
    public SampleEncoding Encoding { get; init; } = SampleEncoding.Utf8;

    /// <summary>Per-export encodings that differ from <see cref="Encoding"/>.</summary>
    /// <value>Default empty.</value>
    public ImmutableDictionary<SourceKind, SampleEncoding> EncodingOverrides { get; init; } = ImmutableDictionary<SourceKind, SampleEncoding>.Empty;

    /// <summary>Date style.</summary>
    /// <value>Default <see cref="SampleDateStyle.Iso"/>.</value>
    public SampleDateStyle DateStyle { get; init; } = SampleDateStyle.Iso;

    /// <summary>File format.</summary>
    /// <value>Default <see cref="SampleFileFormat.Csv"/>.</value>
    public SampleFileFormat Format { get; init; } = SampleFileFormat.Csv;

    /// <summary>Exports whose municipality column holds the Finnish name instead of the code (both are valid input).</summary>
    /// <value>Default empty.</value>
    public ImmutableHashSet<SourceKind> MunicipalityNames { get; init; } = [];

    /// <summary>Whether decimals use a comma: true with the <c>;</c> delimiter.</summary>
    public bool DecimalComma => Delimiter == ';';

    /// <summary>The encoding of one export.</summary>
    public SampleEncoding EncodingOf(SourceKind kind) => EncodingOverrides.TryGetValue(kind, out var e) ? e : Encoding;

    /// <summary>A Finnish coordinator's exports: Finnish headers, <c>;</c>, <c>d.M.yyyy</c>, UTF-8 with BOM, except the
    /// group sessions from an older system in Windows-1252 with municipality names (<c>Ähtäri</c>).</summary>
    public static SampleWriterOptions FinnishStyle { get; } = new()
    {
        HeaderLanguage = SampleHeaderLanguage.Finnish,
        Delimiter = ';',
        Encoding = SampleEncoding.Utf8Bom,
        DateStyle = SampleDateStyle.Finnish,
        EncodingOverrides = ImmutableDictionary<SourceKind, SampleEncoding>.Empty.Add(SourceKind.GroupSessions, SampleEncoding.Windows1252),
        MunicipalityNames = [SourceKind.GroupSessions],
    };

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public void Validate()
    {
        if (Delimiter is not (';' or ',' or '\t'))
        {
            throw new ArgumentException($"Delimiter must be ';', ',' or tab, not '{Delimiter}'.", nameof(Delimiter));
        }
    }
}
