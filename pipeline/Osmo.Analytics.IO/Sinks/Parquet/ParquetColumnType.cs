using System.Diagnostics.CodeAnalysis;

namespace Osmo.Analytics.IO.Sinks.Parquet;

/// <summary>The Parquet types a table column may have (physical type with its logical annotation).</summary>
public enum ParquetColumnType
{
    /// <summary>DATE (INT32 days since 1970-01-01), from <see cref="DateOnly"/>.</summary>
    Date = 0,

    /// <summary>STRING (BYTE_ARRAY, UTF8): codes stay text, <c>005</c> stays <c>005</c>.</summary>
    Utf8 = 1,

    /// <summary>INT32.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    Int32 = 2,

    /// <summary>INT64.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    Int64 = 3,

    /// <summary>DOUBLE.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the Parquet type.")]
    Double = 4,

    /// <summary>BOOLEAN.</summary>
    Boolean = 5,
}
