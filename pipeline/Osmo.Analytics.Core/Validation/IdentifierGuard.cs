using System.Buffers;
using System.Text;

namespace Osmo.Analytics.Validation;

/// <summary>Finds and masks direct identifiers in cell texts: Finnish personal identity codes (henkilötunnus),
/// e-mail addresses and Finnish phone numbers. Pure, allocation-free when nothing is found.</summary>
/// <remarks>
/// <para><b>Why boundaries matter.</b> Exports are full of digit runs that are not identifiers (pseudonyms such as
/// <c>C000123456</c>, dates <c>2025-01-03</c>, decimals <c>7,5</c>), so a match must stand on its own:</para>
/// <list type="bullet">
/// <item><b>Henkilötunnus</b> <c>DDMMYYCNNNK</c>: the characters just before and just after the eleven are not
/// digits (letters may touch it: <c>HETU131052-308T</c> and a pseudonym built on a henkilötunnus both leak it). <c>DDMMYY</c> must be a real date in the century of the sign (<c>+</c> 1800s;
/// <c>-</c> <c>Y X W V U</c> 1900s; <c>A B C D E F</c> 2000s; letters case-insensitive) and <c>K</c> must be the control
/// character: the nine-digit number <c>DDMMYYNNN</c> mod 31 indexes <c>0123456789ABCDEFHJKLMNPRSTUVWXY</c>
/// (case-insensitive). Individual numbers are not range-checked: a temporary 900-999 code is an identifier too.</item>
/// <item><b>E-mail</b> <c>local@domain.tld</c>: the local part is the longest run of letters, digits and
/// <c>. _ % + - '</c> before the <c>@</c> (leading dots dropped); the domain the longest run of letters, digits,
/// <c>.</c> and <c>-</c> after it (trailing dots and hyphens dropped); the domain needs a dot and a final label of two
/// or more letters. E-mail addresses are found first, so the digits of <c>matti.0401234567@x.fi</c> are part of the
/// address, not a phone number.</item>
/// <item><b>Phone</b>: prefix <c>+358</c>, <c>00358</c> or a trunk <c>0</c>, then 5-11 further digits, a run of up to
/// three spaces, no-break spaces, hyphens or parentheses allowed between any two digits (<c>040 - 123 4567</c>,
/// <c>(040) 123 4567</c>, <c>+358 (0)40 123 4567</c>). The character before the prefix is not a
/// letter, digit, <c>_</c> or <c>-</c> (so identifier-like <c>G-0123456</c> or <c>A_012345</c> do not match), nor a
/// <c>.</c>/<c>,</c> right after a digit (a decimal <c>7,0123456</c>). A trunk <c>0</c> must be followed by 1-9:
/// <c>00</c> is the international prefix, and this also spares postal codes and zero-padded numbers like
/// <c>000123456</c>. The match ends where a digit group ends and the next character is not a letter, digit or
/// <c>_</c>, nor a <c>-</c>, <c>.</c> or <c>,</c> followed by a letter or digit; of the possible ends the longest with
/// 5-11 further digits wins (<c>040 123 4567 2025</c> matches <c>040 123 4567</c>), and a plain run of more than 11
/// digits is no phone number.</item>
/// </list>
/// <para>A zero-led numeric pseudonym such as <c>0123456</c> standing alone does look like a phone number and is
/// caught: the contract prefers a false alarm in quarantine to a leak.</para>
/// </remarks>
public static partial class IdentifierGuard
{
    /// <summary>Masked form of an e-mail address.</summary>
    public const string MaskedEmail = "***@***";

    /// <summary>Masked form of a phone number.</summary>
    public const string MaskedPhone = "***-*******";

    /// <summary>Masked form of a henkilötunnus without its last character, which is kept (<c>******-***T</c>).</summary>
    public const string MaskedPersonalIdentityCodePrefix = "******-***";

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789@");
    private static readonly SearchValues<char> PatternStarts = SearchValues.Create("0123456789+");

    /// <summary>Fast pre-check: false when the text has no digit and no <c>@</c>, so it cannot hold an identifier.</summary>
    public static bool MayContain(ReadOnlySpan<char> text) => text.ContainsAny(Triggers);

    /// <summary>Whether the text holds any direct identifier.</summary>
    public static bool ContainsAny(string? text) => FindAll(text).Count > 0;

    /// <summary>Every identifier in the text, in text order, not overlapping. An empty list (no allocation) when none.</summary>
    public static IReadOnlyList<IdentifierMatch> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayContain(text))
        {
            return [];
        }

        List<IdentifierMatch>? found = null;
        FindEmails(text, ref found);
        var emailCount = found?.Count ?? 0;
        FindDigitIdentifiers(text, found, emailCount, ref found);
        if (found is null)
        {
            return [];
        }

        if (emailCount > 0 && found.Count > emailCount)
        {
            found.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }

        return found;
    }

    /// <summary>The text with every identifier replaced: a henkilötunnus by <c>******-***X</c> (X = its control
    /// character), an e-mail address by <c>***@***</c>, a phone number by <c>***-*******</c>. Returns the same
    /// instance when nothing is found.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = FindAll(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (var m in matches)
        {
            sb.Append(text, at, m.Index - at);
            switch (m.Kind)
            {
                case IdentifierKind.PersonalIdentityCode:
                    sb.Append(MaskedPersonalIdentityCodePrefix).Append(char.ToUpperInvariant(text[m.End - 1]));
                    break;
                case IdentifierKind.EmailAddress:
                    sb.Append(MaskedEmail);
                    break;
                default:
                    sb.Append(MaskedPhone);
                    break;
            }

            at = m.End;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    private static void Add(ref List<IdentifierMatch>? found, int index, int length, IdentifierKind kind)
    {
        found ??= new List<IdentifierMatch>(2);
        found.Add(new IdentifierMatch(index, length, kind));
    }

    private static void FindDigitIdentifiers(string text, List<IdentifierMatch>? emails, int emailCount, ref List<IdentifierMatch>? found)
    {
        var nextEmail = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Skip e-mail addresses found earlier and keep digit matches from running into them.
            while (nextEmail < emailCount && emails![nextEmail].End <= i)
            {
                nextEmail++;
            }

            var limit = nextEmail < emailCount ? emails![nextEmail].Index : text.Length;
            if (i >= limit)
            {
                i = emails![nextEmail].End;
                continue;
            }

            var next = text.AsSpan(i, limit - i).IndexOfAny(PatternStarts);
            if (next < 0)
            {
                i = limit;
                continue;
            }

            i += next;
            // Neither digit pattern starts inside a run of digits (the 123456 of C000123456): skip the rest of the
            // run without trying the patterns. After a letter only a henkilötunnus may start (HETU131052-308T).
            if (i > 0 && char.IsDigit(text[i - 1]))
            {
                i++;
                while (i < limit && char.IsDigit(text[i]))
                {
                    i++;
                }

                continue;
            }

            var span = text.AsSpan(0, limit);
            if (IsPersonalIdentityCodeAt(span, i))
            {
                Add(ref found, i, PersonalIdentityCodeLength, IdentifierKind.PersonalIdentityCode);
                i += PersonalIdentityCodeLength;
                continue;
            }

            var phoneLength = PhoneLengthAt(span, i);
            if (phoneLength > 0)
            {
                Add(ref found, i, phoneLength, IdentifierKind.PhoneNumber);
                i += phoneLength;
                continue;
            }

            i++;
        }
    }
}
