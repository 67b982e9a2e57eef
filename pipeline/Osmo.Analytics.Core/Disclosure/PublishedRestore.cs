using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>Rebuilds published rows from already-published files (<c>osmo render</c>), without recomputing.</summary>
/// <remarks>
/// Restoring can never reveal more than the file did:
/// <list type="bullet">
/// <item>A row read as suppressed stays suppressed, and its numbers are dropped whatever the caller passed.</item>
/// <item>A row read as not suppressed is checked again with the primary rule (<see cref="PrimarySuppression"/> over
/// <see cref="IndicatorMeasures.Classify"/> for indicators, the <see cref="TableDisclosure"/> rules for meter changes
/// and group activity) and suppressed if that rule would hide it, e.g. a hand-edited file with a count of 3.</item>
/// </list>
/// Secondary (complementary) suppression cannot be re-derived from one row; it is trusted from the file's
/// <c>suppressed</c> column, which a re-render therefore only ever widens.
/// </remarks>
public static class PublishedRestore
{
    /// <summary>Restores one indicator row.</summary>
    /// <param name="shown">The row's values as read (null where the file holds null).</param>
    /// <param name="suppressed">The file's <c>suppressed</c> column.</param>
    /// <param name="minimumCellCount">The disclosure threshold of the run.</param>
    public static PublishedIndicator Indicator(IndicatorValue shown, bool suppressed, int minimumCellCount)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var hide = suppressed || PrimarySuppression.IsSuppressed(shown, IndicatorMeasures.Classify(shown), minimumCellCount);
        return new PublishedIndicator(shown, hide);
    }

    /// <summary>Restores one meter change row.</summary>
    /// <param name="shown">The row's values as read; where the file holds null (suppressed) pass 0, the row is then
    /// hidden anyway.</param>
    /// <param name="suppressed">The file's <c>suppressed</c> column (n, mean, sd and interval hidden).</param>
    /// <param name="improvedSuppressed">The file's <c>improved_suppressed</c> column.</param>
    /// <param name="minimumCellCount">The disclosure threshold of the run.</param>
    public static PublishedMeterChange MeterChange(MeterChange shown, bool suppressed, bool improvedSuppressed, int minimumCellCount)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var meanHidden = suppressed || shown.N < minimumCellCount;
        var improvedHidden = improvedSuppressed
            || meanHidden
            || PrimarySuppression.IsSmall(shown.ImprovedN, minimumCellCount)
            || PrimarySuppression.IsSmall(shown.N - shown.ImprovedN, minimumCellCount);
        return new PublishedMeterChange(shown, meanHidden, improvedHidden);
    }

    /// <summary>Restores one group activity row.</summary>
    /// <param name="shown">The row's values as read (null where the file holds null).</param>
    /// <param name="attendanceSuppressed">The file's <c>attendance_suppressed</c> column.</param>
    /// <param name="participantsSuppressed">The file's <c>participants_suppressed</c> column.</param>
    /// <param name="minimumCellCount">The disclosure threshold of the run.</param>
    public static PublishedGroupActivity GroupActivity(GroupActivity shown, bool attendanceSuppressed, bool participantsSuppressed, int minimumCellCount)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var attendanceHidden = attendanceSuppressed
            || (shown.AttendanceMean is { } mean && (mean < minimumCellCount || shown.SessionsHeld < minimumCellCount));
        var participantsHidden = participantsSuppressed || PrimarySuppression.IsSmall(shown.ParticipantsDistinct, minimumCellCount);
        return new PublishedGroupActivity(shown, attendanceHidden, participantsHidden);
    }
}
