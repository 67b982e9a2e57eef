namespace Osmo.Analytics.Sample;

/// <summary>How much sample data <see cref="SampleGenerator"/> produces.</summary>
public enum SampleScale
{
    /// <summary>Five real Etelä-Pohjanmaa municipalities, about 2,000 cases.</summary>
    Small,

    /// <summary>The 18 municipalities of Etelä-Pohjanmaa, about 30,000 cases.</summary>
    Region,

    /// <summary>About 300 synthetic municipalities in 12 synthetic wellbeing counties, about 1,000,000 cases.</summary>
    National,
}
