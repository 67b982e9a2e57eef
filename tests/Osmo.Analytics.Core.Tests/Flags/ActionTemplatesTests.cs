using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

[TestClass]
public sealed class ActionTemplatesTests
{
    private static Dictionary<string, string> Texts(string fiExtra = "") =>
        ActionTemplates.Languages.ToDictionary(l => l, l => string.Concat(FlagRuleIds.All.Select(r => $"## {r}\n{l} {r} {{where}}\n\n")) + (l == "fi" ? fiExtra : string.Empty));

    [TestMethod]
    public void Parse_ShippedTemplates_HaveEveryRuleInEveryLanguage()
    {
        var templates = FlagTestData.Actions;

        foreach (var rule in FlagRuleIds.All)
        {
            foreach (var language in ActionTemplates.Languages)
            {
                templates.Template(rule, language).Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [TestMethod]
    public void Fill_Placeholders_AreReplacedAndDoubledBracesKept()
    {
        var texts = Texts();
        texts["fi"] = texts["fi"].Replace($"fi {FlagRuleIds.PlanMissing} {{where}}", "# kommentti\n{where}: {value} {{ei paikkamerkki}}\n\ntoinen kappale", StringComparison.Ordinal);
        var templates = ActionTemplates.Parse(texts);

        var text = templates.Fill(FlagRuleIds.PlanMissing, "fi", new Dictionary<string, string> { ["where"] = "Alajärvi", ["value"] = "41 %" });

        text.Should().Be("Alajärvi: 41 % {ei paikkamerkki}\n\ntoinen kappale");
    }

    [TestMethod]
    public void Parse_UnknownPlaceholder_NamesFileLineAndColumn()
    {
        var texts = Texts();
        texts["sv"] = texts["sv"].Replace($"sv {FlagRuleIds.MeterLoss} {{where}}", "x {kunta}", StringComparison.Ordinal);

        var act = () => ActionTemplates.Parse(texts);

        act.Should().Throw<FormatException>().WithMessage("_shared/actions/sv.txt line 14 column 3: unknown placeholder {kunta}*");
    }

    [TestMethod]
    public void Parse_MissingRule_Fails()
    {
        var texts = Texts();
        texts["en"] = texts["en"].Replace($"## {FlagRuleIds.ProfileOutlier}", "# gone", StringComparison.Ordinal);

        var act = () => ActionTemplates.Parse(texts);

        act.Should().Throw<FormatException>().WithMessage("*en.txt: no template for rule AN_PROFILE_OUTLIER*");
    }

    [TestMethod]
    public void Parse_UnknownOrRepeatedRule_Fails()
    {
        var unknown = () => ActionTemplates.Parse(Texts("## SG_NOT_A_RULE\nx\n"));
        var repeated = () => ActionTemplates.Parse(Texts($"## {FlagRuleIds.PlanMissing}\nx\n"));

        unknown.Should().Throw<FormatException>().WithMessage("*unknown rule 'SG_NOT_A_RULE'*");
        repeated.Should().Throw<FormatException>().WithMessage("*rule SG_PLAN_MISSING appears twice*");
    }

    [TestMethod]
    public void Parse_MissingLanguage_Fails()
    {
        var texts = Texts();
        texts.Remove("sv");

        var act = () => ActionTemplates.Parse(texts);

        act.Should().Throw<FormatException>().WithMessage("*sv.txt: the action templates for 'sv' are missing.");
    }
}
