using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Osmo.Analytics.Flags;

/// <summary>The editable action proposal (toimenpide-ehdotus) templates: one text per rule and language, with
/// <c>{placeholders}</c> filled from the flag's evidence.</summary>
/// <remarks>
/// <para>Files: <c>templates/_shared/actions/{fi,sv,en}.txt</c> (<see cref="RelativePath"/>), read by the caller
/// (Core does no IO) and handed to <see cref="Parse"/> as text. Format: a line <c>## RULE_ID</c> starts a rule's
/// template, the lines after it up to the next <c>##</c> line are its text (blank lines kept inside, trimmed at the
/// ends); a line starting with a single <c>#</c> is a comment. <c>{{</c> and <c>}}</c> are literal braces.</para>
/// <para>Every rule of <see cref="FlagRuleIds.All"/> must have a template in every language, and a template may use
/// only the names in <see cref="Placeholders"/>: a coordinator's typo fails the run at start-up with the file and
/// line, instead of printing a blank into a board's report.</para>
/// </remarks>
public sealed class ActionTemplates
{
    private readonly FrozenDictionary<(string Rule, string Language), string> _templates;

    private ActionTemplates(Dictionary<(string, string), string> templates) => _templates = templates.ToFrozenDictionary();

    /// <summary>Languages, in the order files are expected.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fi", "sv", "en"];

    /// <summary>Placeholder names a template may use, with their meaning in docs/flags.md.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "municipality", "municipality_code", "county", "target_group", "where", "value", "comparator", "threshold", "n",
        "groups", "indicators", "people_in_need", "peer_group");

    /// <summary>Path of a language's template file relative to the template root (<c>_shared/actions/fi.txt</c>).</summary>
    public static string RelativePath(string language) => $"_shared/actions/{language}.txt";

    /// <summary>Parses the template files.</summary>
    /// <param name="textsByLanguage">File text per language code (<c>fi</c>, <c>sv</c>, <c>en</c>): all three are required.</param>
    /// <exception cref="FormatException">A language, rule or placeholder is missing, unknown or repeated; the message
    /// names the file and line.</exception>
    public static ActionTemplates Parse(IReadOnlyDictionary<string, string> textsByLanguage)
    {
        ArgumentNullException.ThrowIfNull(textsByLanguage);
        var templates = new Dictionary<(string, string), string>();
        foreach (var language in Languages)
        {
            if (!textsByLanguage.TryGetValue(language, out var text))
            {
                throw new FormatException($"{RelativePath(language)}: the action templates for '{language}' are missing.");
            }

            ParseFile(language, text ?? string.Empty, templates);
            foreach (var rule in FlagRuleIds.All)
            {
                if (!templates.ContainsKey((rule, language)))
                {
                    throw new FormatException($"{RelativePath(language)}: no template for rule {rule} (add a line '## {rule}' and its text).");
                }
            }
        }

        return new ActionTemplates(templates);
    }

    /// <summary>The raw template of a rule in a language.</summary>
    public string Template(string rule, string language) =>
        _templates.TryGetValue((rule, language), out var t) ? t : throw new KeyNotFoundException($"No action template for {rule} ({language}).");

    /// <summary>Fills a rule's template; placeholders without a value become empty text.</summary>
    public string Fill(string rule, string language, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var template = Template(rule, language);
        var sb = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i);
                sb.Append(values.GetValueOrDefault(template[(i + 1)..end], string.Empty));
                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void ParseFile(string language, string text, Dictionary<(string, string), string> templates)
    {
        var file = RelativePath(language);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? rule = null;
        var body = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                Flush(file, language, rule, body, templates);
                rule = line[2..].Trim();
                if (!FlagRuleIds.All.Contains(rule, StringComparer.Ordinal))
                {
                    throw new FormatException(Invariant($"{file} line {i + 1}: unknown rule '{rule}'."));
                }

                if (templates.ContainsKey((rule, language)))
                {
                    throw new FormatException(Invariant($"{file} line {i + 1}: rule {rule} appears twice."));
                }

                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (rule is null)
            {
                if (line.Trim().Length > 0)
                {
                    throw new FormatException(Invariant($"{file} line {i + 1}: text before the first '## RULE_ID' line."));
                }

                continue;
            }

            CheckPlaceholders(file, i + 1, line);
            body.Add(line.TrimEnd());
        }

        Flush(file, language, rule, body, templates);
    }

    private static void Flush(string file, string language, string? rule, List<string> body, Dictionary<(string, string), string> templates)
    {
        if (rule is null)
        {
            return;
        }

        var text = string.Join('\n', body).Trim();
        if (text.Length == 0)
        {
            throw new FormatException($"{file}: the template of {rule} is empty.");
        }

        templates[(rule, language)] = text;
        body.Clear();
    }

    private static void CheckPlaceholders(string file, int lineNumber, string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if ((c == '{' || c == '}') && i + 1 < line.Length && line[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new FormatException(Invariant($"{file} line {lineNumber} column {i + 1}: '}}' without '{{' (write '}}}}' for a brace)."));
            }

            if (c != '{')
            {
                continue;
            }

            var end = line.IndexOf('}', i);
            if (end < 0)
            {
                throw new FormatException(Invariant($"{file} line {lineNumber} column {i + 1}: '{{' without '}}' (write '{{{{' for a brace)."));
            }

            var name = line[(i + 1)..end];
            if (!Placeholders.Contains(name))
            {
                throw new FormatException(Invariant(
                    $"{file} line {lineNumber} column {i + 1}: unknown placeholder {{{name}}}; known: {string.Join(", ", Placeholders.Order(StringComparer.Ordinal))}."));
            }

            i = end;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
