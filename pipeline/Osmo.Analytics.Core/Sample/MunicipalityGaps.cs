namespace Osmo.Analytics.Sample;

/// <summary>Service gaps (or strengths) planted into one municipality's data.</summary>
[Flags]
internal enum MunicipalityGaps
{
    None = 0,
    WellServed = 1,
    LateAssessment = 2,
    MissingPlans = 4,
    UnplannedClosures = 8,
    MeterLoss = 16,
    NoParticipantsGroup = 32,
    NoParticipationStructure = 64,
    NoAttendance = 128,
}
