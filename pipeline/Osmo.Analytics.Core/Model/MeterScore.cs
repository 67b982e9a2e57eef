namespace Osmo.Analytics.Model;

/// <summary>A validated meter row. Grain: one domain score of one measurement (<c>measurement_id</c> x <c>domain</c>).</summary>
public sealed record MeterScore(
    string MeasurementId,
    string ClientId,
    string? CaseId,
    string MunicipalityCode,
    string Meter,
    DateOnly MeasuredOn,
    string Domain,
    double Score);
