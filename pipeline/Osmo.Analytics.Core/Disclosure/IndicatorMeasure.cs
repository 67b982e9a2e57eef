namespace Osmo.Analytics.Disclosure;

/// <summary>What kind of number an indicator is, which decides the suppression rule that applies to it.</summary>
public enum IndicatorMeasure
{
    /// <summary>A count of people, cases, sessions or decisions: suppressed when it is from 1 to threshold - 1.</summary>
    Count = 0,

    /// <summary>A share, percentage or rate (numerator over denominator): suppressed when the numerator, the
    /// denominator or the complement (denominator - numerator) is from 1 to threshold - 1.</summary>
    Share = 1,

    /// <summary>A mean or median over n observations (n = the denominator): suppressed when n is from 1 to threshold - 1.</summary>
    Mean = 2,

    /// <summary>A fact from the public reference files (a structure exists, low-threshold points and their opening
    /// hours): not about individual people, never suppressed.</summary>
    ReferenceFact = 3,
}
