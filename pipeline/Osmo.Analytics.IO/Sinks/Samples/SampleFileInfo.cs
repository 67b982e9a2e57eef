namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>One file written by <see cref="SampleWriter"/>. Grain: one file.</summary>
/// <param name="File">Path relative to the output folder, <c>/</c>-separated (<c>cases.csv</c>, <c>reference/municipalities.csv</c>).</param>
/// <param name="Rows">Data rows (header and comment lines excluded).</param>
/// <param name="Encoding">Encoding name (<c>utf-8</c>, <c>utf-8-bom</c>, <c>windows-1252</c>), or <c>xlsx</c>.</param>
public sealed record SampleFileInfo(string File, long Rows, string Encoding);
