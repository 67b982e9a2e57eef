namespace Osmo.Analytics.Reference;

/// <summary>Public-statistics estimate of residents of a target group who may need adult social work
/// (reference file <c>need_reference</c>). Grain: municipality x target group x year.</summary>
public sealed record NeedEstimate(string MunicipalityCode, string TargetGroup, int Year, int PeopleInNeed);
