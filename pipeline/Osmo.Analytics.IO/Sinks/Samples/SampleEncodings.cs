using System.Text;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Maps <see cref="SampleEncoding"/> to .NET encodings.</summary>
internal static class SampleEncodings
{
    static SampleEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The .NET encoding; a character Windows-1252 cannot hold throws instead of turning into <c>?</c>.</summary>
    public static Encoding Get(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        SampleEncoding.Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        SampleEncoding.Windows1252 => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>The name used in <c>sample.json</c>.</summary>
    public static string Name(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.Utf8 => "utf-8",
        SampleEncoding.Utf8Bom => "utf-8-bom",
        SampleEncoding.Windows1252 => "windows-1252",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
