namespace Osmo.Analytics.Model;

/// <summary>Why a row was quarantined. The declaration order is the precedence order of the data contract:
/// a row with several faults is quarantined under the first reason in this order.</summary>
/// <remarks>Wire names (quarantine.csv, run.json) are the snake_case codes from <see cref="QuarantineReasons.Code"/>.</remarks>
public enum QuarantineReason
{
    /// <summary>A henkilötunnus, e-mail address or phone number in any cell.</summary>
    DirectIdentifier = 0,
    /// <summary>The same raw cells as an earlier row of the same file.</summary>
    DuplicateRow = 1,
    /// <summary>Missing required value, malformed value, score off scale, domain not of the meter, conditional requirement broken.</summary>
    BadValue = 2,
    /// <summary>Municipality, target group, channel, service, meter or other code not in the reference data.</summary>
    UnknownCode = 3,
    /// <summary>A date after the export date.</summary>
    FutureDate = 4,
    /// <summary>closed_on before opened_on, or assessment completed before it started.</summary>
    DateOrder = 5,
    /// <summary>closure_reason present without closed_on or the other way round.</summary>
    ClosureMismatch = 6,
    /// <summary>A key already taken by an earlier accepted row, with different content.</summary>
    ConflictingKey = 7,
    /// <summary>Attendance pointing at no accepted, held session.</summary>
    OrphanRow = 8,
}
