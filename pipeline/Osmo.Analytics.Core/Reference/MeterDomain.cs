namespace Osmo.Analytics.Reference;

/// <summary>One domain of a self-assessment meter (reference file <c>meters</c>).</summary>
/// <param name="Meter">Meter code: <c>KYKYVIISARI</c>, <c>AVHV</c>, <c>ESY</c>.</param>
/// <param name="Domain">Domain code within the meter.</param>
/// <param name="NameFi">Finnish name of the domain.</param>
/// <param name="NameEn">English name of the domain.</param>
/// <param name="Min">Lowest valid score (inclusive).</param>
/// <param name="Max">Highest valid score (inclusive).</param>
/// <param name="HigherIsBetter">Whether a higher score means better; changes are signed so positive = better.</param>
public sealed record MeterDomain(string Meter, string Domain, string NameFi, string NameEn, double Min, double Max, bool HigherIsBetter);
