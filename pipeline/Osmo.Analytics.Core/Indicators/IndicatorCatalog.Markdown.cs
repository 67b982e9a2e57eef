using System.Text;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCatalog
{
    /// <summary>The catalog as Markdown (for <c>osmo catalog</c> and DATA_DICTIONARY.md): one table per family.</summary>
    /// <remarks>Line endings are <c>\n</c> on every platform so that reruns are byte-identical.</remarks>
    public static string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# Indicator catalog\n\n");
        sb.Append("Catalog version: `").Append(Version).Append("`\n\n");
        sb.Append("Windows: each of the 24 months ending at the period (`month`) and the rolling 12 months ending at it (`r12`). ");
        sb.Append("Levels: `municipality_x_target_group`, `municipality`, `county_x_target_group`, `county`, `all` ");
        sb.Append("and, when peer groups are on, `peer_group_x_target_group` and `peer_group` (k-means peer groups of municipalities, a client once per peer group). Shares: value = 100 x numerator / denominator, null when the denominator is 0, ");
        sb.Append("with a 95 % Wilson interval.\n\n");
        sb.Append("The 7-working-day assessment start and the 3-month assessment completion are a *local service standard*: ");
        sb.Append("Social Welfare Act § 36 sets the 7-working-day start only for some groups, and for working-age adults asks for ");
        sb.Append("assessment without undue delay. Both limits are configuration.\n");
        foreach (var family in Enum.GetValues<IndicatorFamily>())
        {
            sb.Append("\n## ").Append(FamilyTitle(family)).Append("\n\n");
            sb.Append("| id | name (fi / sv / en) | definition (fi) | definition (en) | numerator | denominator | unit | direction | sources | levels |\n");
            sb.Append("|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var d in All)
            {
                if (d.Family != family)
                {
                    continue;
                }

                sb.Append("| `").Append(d.Id).Append("` | ")
                    .Append(Cell(d.NameFi)).Append(" / ").Append(Cell(d.NameSv)).Append(" / ").Append(Cell(d.NameEn)).Append(" | ")
                    .Append(Cell(d.DefinitionFi)).Append(" | ")
                    .Append(Cell(d.DefinitionEn)).Append(" | ")
                    .Append(Cell(d.Numerator)).Append(Same(d, SharedCount.NumeratorPart)).Append(" | ")
                    .Append(d.Denominator is null ? "-" : Cell(d.Denominator)).Append(Same(d, SharedCount.DenominatorPart)).Append(" | ")
                    .Append(d.Unit).Append(" | ")
                    .Append(Code(d.Direction)).Append(" | ")
                    .Append(string.Join(", ", d.SourceFiles)).Append(" | ")
                    .Append(d.Table == "indicators" ? string.Join(", ", d.Levels) : d.Table + ": " + string.Join(", ", d.Levels))
                    .Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string FamilyTitle(IndicatorFamily family) => family switch
    {
        IndicatorFamily.CaseProcess => "Case process (asiakasprosessi)",
        IndicatorFamily.Meters => "Meters (mittarit)",
        IndicatorFamily.GroupActivities => "Group activities (ryhmätoiminnat)",
        IndicatorFamily.ParticipationStructures => "Participation structures (osallisuusrakenteet)",
        IndicatorFamily.LowThresholdSupply => "Low-threshold supply (matalan kynnyksen palvelut)",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    private static string Same(IndicatorDefinition d, string part) =>
        d.SameCount is { } same && same.Part == part ? " (= `" + same.CountIndicatorId + "`)" : string.Empty;

    // A pipe would end the table cell; a newline would end the row.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
