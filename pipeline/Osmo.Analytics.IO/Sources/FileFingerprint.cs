namespace Osmo.Analytics.IO.Sources;

/// <summary>What one pass over a file's bytes tells: its SHA-256, its text encoding and its size.</summary>
/// <param name="Sha256">SHA-256 of the whole file as 64 lower-case hex digits.</param>
/// <param name="Encoding">One of the names in <see cref="SourceEncodings"/>: <c>utf-8-bom</c>, <c>utf-8</c>,
/// <c>windows-1252</c>, or (with a UTF-16 BOM) <c>utf-16le</c>/<c>utf-16be</c>; an XLSX source reports <c>xlsx</c>.</param>
/// <param name="Length">File size in bytes.</param>
public sealed record FileFingerprint(string Sha256, string Encoding, long Length);
