using System.Collections.Immutable;

namespace Osmo.Analytics.Sample;

/// <summary>Describes the planted gaps of a world as <see cref="PlantedTruth"/> rows, in municipality order.</summary>
internal static class PlantedTruths
{
    public static ImmutableArray<PlantedTruth> Describe(IReadOnlyList<MunicipalitySpec> specs, ImmutableArray<MunicipalityPlan> plans)
    {
        var truths = ImmutableArray.CreateBuilder<PlantedTruth>();
        for (var i = 0; i < specs.Count; i++)
        {
            var s = specs[i];
            var code = s.Municipality.Code;
            var gaps = s.Gaps;
            if (gaps.HasFlag(MunicipalityGaps.WellServed))
            {
                truths.Add(new("well_served", code, null, null,
                    "Timely assessments and plans, few unplanned closures, more outreach and low-threshold first contacts, high meter follow-up: should raise no SG flag."));
            }

            if (gaps.HasFlag(MunicipalityGaps.LateAssessment))
            {
                truths.Add(new("late_assessments", code, null, "SG_ASSESSMENT_LATE",
                    "Assessments complete 35-170 days after starting (or at closure) and 30 % never complete: well under half done within 3 months."));
                truths.Add(new("late_assessment_starts", code, null, "SG_ASSESSMENT_START_LATE",
                    "Assessments start 3-22 working days after opening: about 25 % within 7 working days."));
            }

            if (gaps.HasFlag(MunicipalityGaps.MissingPlans))
            {
                truths.Add(new("missing_client_plans", code, null, "SG_PLAN_MISSING", "Only about 35 % of cases get a client plan."));
            }

            if (gaps.HasFlag(MunicipalityGaps.UnplannedClosures))
            {
                truths.Add(new("unplanned_closures", code, null, "SG_UNPLANNED_CLOSURES",
                    "About 52 % of closures are client_withdrew or not_reached (elsewhere about 16 %)."));
            }

            if (gaps.HasFlag(MunicipalityGaps.MeterLoss))
            {
                truths.Add(new("meter_follow_up_loss", code, null, "SG_METER_LOSS", "Only about 12 % of meter baselines get a follow-up."));
            }

            if (gaps.HasFlag(MunicipalityGaps.NoParticipantsGroup))
            {
                truths.Add(new("group_no_participants", code, "long_term_unemployed", "SG_GROUP_NO_PARTICIPANTS",
                    "Group 'Sampo On Tour' meets weekly from five months before the period; every session of the period month and the two before is cancelled for no_participants."));
            }

            if (gaps.HasFlag(MunicipalityGaps.NoParticipationStructure))
            {
                truths.Add(new("no_participation_structure", code, null, "SG_NO_PARTICIPATION_STRUCTURE",
                    "No client panel, developer-client group or experience experts in the reference file, and no such group sessions."));
            }

            if (gaps.HasFlag(MunicipalityGaps.NoAttendance))
            {
                truths.Add(new("no_attendance", code, null, null,
                    "Group sessions but no attendance rows: group_participants_distinct must be null here."));
            }

            AddGroupTruth(truths, code, s.UnreachedGroup, "unreached_group", "BS_UNREACHED_GROUP",
                "People in need in the reference file but no case at all in this target group.");
            AddGroupTruth(truths, code, s.LowReachGroup, "low_reach", "BS_LOW_REACH",
                "Cases at 15 % of the normal rate, no outreach or low-threshold first contact and no low-threshold point serving the group.");
            if (s.NoRehabGroup >= 0 && plans[i].CasesByGroup[s.NoRehabGroup] >= 40)
            {
                AddGroupTruth(truths, code, s.NoRehabGroup, "no_social_rehab", "SG_NO_SOCIAL_REHAB",
                    "Many active clients in the group but no social rehabilitation decision.");
            }
        }

        return truths.ToImmutable();
    }

    private static void AddGroupTruth(ImmutableArray<PlantedTruth>.Builder truths, string code, int group, string kind, string flag, string text)
    {
        if (group >= 0)
        {
            truths.Add(new(kind, code, CodeCatalog.TargetGroups[group].Code, flag, text));
        }
    }
}
