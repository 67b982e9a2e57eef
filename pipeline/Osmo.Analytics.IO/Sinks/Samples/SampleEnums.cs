namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Language of the header row.</summary>
public enum SampleHeaderLanguage
{
    /// <summary>Canonical English snake_case names (<c>case_id</c>).</summary>
    English,

    /// <summary>Finnish aliases as a coordinator's export shows them, with umlauts (<c>kohderyhmä</c>); booleans as <c>kyllä</c>/<c>ei</c>.</summary>
    Finnish,
}

/// <summary>Text encoding of a written CSV file.</summary>
public enum SampleEncoding
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark (what Excel writes for "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>Windows-1252, as older client information systems export (<c>ä</c> is the single byte 0xE4).</summary>
    Windows1252,
}

/// <summary>How dates are written.</summary>
public enum SampleDateStyle
{
    /// <summary>ISO <c>yyyy-MM-dd</c>.</summary>
    Iso,

    /// <summary>Finnish <c>d.M.yyyy</c> (<c>3.2.2025</c>).</summary>
    Finnish,
}

/// <summary>File format of the exports.</summary>
public enum SampleFileFormat
{
    /// <summary>RFC 4180 CSV.</summary>
    Csv,

    /// <summary>One XLSX workbook per export (small and region scale only).</summary>
    Xlsx,
}
