using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>Disclosure control of the meter-change and group-activity tables: the only way to make their published rows.</summary>
/// <remarks>Group activity rows are per group: session counts are meetings, not people, and a group's distinct
/// participants do not add up to the municipality's (a person in two groups), so they take the primary rule only.</remarks>
public static class TableDisclosure
{
    /// <summary>Suppresses meter changes as one table with margins: a row is one cell whose n, mean and improved share
    /// are shown or hidden together.</summary>
    /// <remarks>
    /// A row publishes three counts, like a share: the clients improved, the clients with a change (n) and the rest.
    /// Primary: any of them 1-4 (n below the threshold hides the mean too). Secondary: the rows of one meter, domain,
    /// window and period form the same margin tables as the indicators (target groups within a municipality or county,
    /// municipalities within a county, counties within all), worked by <see cref="IndicatorDisclosure"/>'s secondary pass.
    /// Meter changes do not add up over months (a client followed up in two months is one change in r12). The mean is
    /// hidden with its row: showing n beside a hidden improved count would tell the improved count's complement.
    /// </remarks>
    public static IReadOnlyList<PublishedMeterChange> Suppress(IReadOnlyList<MeterChange> changes, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var cells = new IndicatorValue[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            cells[i] = new IndicatorValue(
                c.Period, c.Window, c.Level, c.WellbeingCounty, c.MunicipalityCode, c.TargetGroup, c.Meter + "|" + c.Domain,
                c.ImprovedN, c.N, c.ImprovedPct, null, null, IndicatorUnits.Pct);
        }

        var suppressed = IndicatorDisclosure.Decide(cells, options, _ => IndicatorMeasure.Share, _ => false, _ => null);
        var result = new PublishedMeterChange[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            result[i] = new PublishedMeterChange(changes[i], suppressed[i], suppressed[i]);
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
