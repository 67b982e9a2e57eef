using System.Collections.Frozen;
using Osmo.Analytics.Ingest;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Header cells of a written export.</summary>
/// <remarks>Finnish headers are the <see cref="ColumnSpec.FinnishAlias"/> written as people type them, with umlauts
/// (<c>kohderyhmä</c> for <c>kohderyhma</c>); the contract's header matching folds <c>ä/ö</c> so both bind.</remarks>
internal static class SampleHeaders
{
    private static readonly FrozenDictionary<string, string> Umlauts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kohderyhma"] = "kohderyhmä",
        ["ikaryhma"] = "ikäryhmä",
        ["sosiaalinen_kuntoutus_paatos"] = "sosiaalinen_kuntoutus_päätös",
        ["paattynyt"] = "päättynyt",
        ["paattymisen_syy"] = "päättymisen_syy",
        ["mittauspaiva"] = "mittauspäivä",
        ["ryhma_id"] = "ryhmä_id",
        ["ryhman_nimi"] = "ryhmän_nimi",
        ["ryhmatyyppi"] = "ryhmätyyppi",
        ["kokoontumispaiva"] = "kokoontumispäivä",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string[] For(EntitySchema schema, SampleHeaderLanguage language) =>
        [.. schema.Columns.Select(c => language == SampleHeaderLanguage.English ? c.Name : Umlauts.GetValueOrDefault(c.FinnishAlias, c.FinnishAlias))];
}
