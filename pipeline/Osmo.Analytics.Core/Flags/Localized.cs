namespace Osmo.Analytics.Flags;

/// <summary>One text in Finnish, Swedish and English.</summary>
internal readonly record struct Localized(string Fi, string Sv, string En)
{
    public string this[string language] => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        "en" => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    public static Localized Same(string text) => new(text, text, text);

    public static Localized operator +(Localized a, Localized b) => new(a.Fi + b.Fi, a.Sv + b.Sv, a.En + b.En);

    public Localized Map(Func<string, string, string> f) => new(f(Fi, "fi"), f(Sv, "sv"), f(En, "en"));
}
