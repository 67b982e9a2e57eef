namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Change from baseline on one meter domain (r12).</summary>
/// <param name="Meter">Meter code (<c>KYKYVIISARI</c>).</param>
/// <param name="Domain">Domain name.</param>
/// <param name="N">Clients with a follow-up.</param>
/// <param name="Mean">Mean change, positive = better, signed.</param>
/// <param name="Interval">95 % interval of the mean, or empty.</param>
/// <param name="ImprovedPct">Share of clients whose score improved.</param>
internal sealed record MeterRowView(string Meter, string Domain, ReportValue N, ReportValue Mean, string Interval, ReportValue ImprovedPct);
