namespace Osmo.Analytics.Calendar;

/// <summary>One Finnish public holiday (or customary non-working day) of a year.</summary>
/// <param name="Date">The day.</param>
/// <param name="NameFi">Finnish name (<c>pitkäperjantai</c>).</param>
/// <param name="NameSv">Swedish name (<c>långfredag</c>).</param>
/// <param name="NameEn">English name (<c>Good Friday</c>).</param>
public sealed record FinnishHoliday(DateOnly Date, string NameFi, string NameSv, string NameEn);
