using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>Disclosure control of the meter-change and group-activity tables: the only way to make their published rows.</summary>
public static class TableDisclosure
{
    /// <summary>Suppresses meter changes: mean and n hidden when n is small; improved count and share by the share rule.</summary>
    public static IReadOnlyList<PublishedMeterChange> Suppress(IReadOnlyList<MeterChange> changes, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var k = options.MinimumCellCount;
        var result = new PublishedMeterChange[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            var meanHidden = c.N < k;
            var improvedHidden = meanHidden
                || PrimarySuppression.IsSmall(c.ImprovedN, k)
                || PrimarySuppression.IsSmall(c.N - c.ImprovedN, k);
            result[i] = new PublishedMeterChange(c, meanHidden, improvedHidden);
        }

        return result;
    }

    /// <summary>Suppresses group activity: participants 1-4 hidden; mean head count hidden below the threshold or on few sessions.</summary>
    public static IReadOnlyList<PublishedGroupActivity> Suppress(IReadOnlyList<GroupActivity> activities, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var k = options.MinimumCellCount;
        var result = new PublishedGroupActivity[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var attendanceHidden = a.AttendanceMean is { } mean && (mean < k || a.SessionsHeld < k);
            var participantsHidden = PrimarySuppression.IsSmall(a.ParticipantsDistinct, k);
            result[i] = new PublishedGroupActivity(a, attendanceHidden, participantsHidden);
        }

        return result;
    }
}
