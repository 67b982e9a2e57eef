using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class IdentifierGuardTests
{
    // Control characters worked by hand: the nine digits DDMMYYNNN mod 31 index "0123456789ABCDEFHJKLMNPRSTUVWXY"
    // (0-9 = digits, 10 A, 11 B, 12 C, 13 D, 14 E, 15 F, 16 H, 17 J, 18 K, 19 L, 20 M, 21 N, 22 P, 23 R, 24 S, 25 T,
    // 26 U, 27 V, 28 W, 29 X, 30 Y).
    //   131052308: 31 * 4227493 = 131052283, remainder 25 -> T   (the classic 131052-308T)
    //   290200101: 31 * 9361293 = 290200083, remainder 18 -> K
    //    10594123: 31 *  341745 =  10594095, remainder 28 -> W
    // The control character depends on the digits only, so every century sign of 131052?308 has control T.
    [TestMethod]
    [DataRow("131052-308T")]
    [DataRow("131052+308T")]
    [DataRow("131052Y308T")]
    [DataRow("131052X308T")]
    [DataRow("131052W308T")]
    [DataRow("131052V308T")]
    [DataRow("131052U308T")]
    [DataRow("131052A308T")]
    [DataRow("131052B308T")]
    [DataRow("131052C308T")]
    [DataRow("131052D308T")]
    [DataRow("131052E308T")]
    [DataRow("131052F308T")]
    [DataRow("131052-308t")]
    [DataRow("010594Y123W")]
    [DataRow("290200A101K")] // 29.2.2000: 2000 is a leap year
    public void FindAll_ValidPersonalIdentityCode_FindsIt(string code)
    {
        var found = IdentifierGuard.FindAll($"asiakas {code}.");

        found.Should().Equal(new IdentifierMatch(8, 11, IdentifierKind.PersonalIdentityCode));
    }

    [TestMethod]
    [DataRow("HETU131052-308T", 4)]
    [DataRow("X131052-308T", 1)]
    [DataRow("131052-308Tabc", 0)]
    public void FindAll_PersonalIdentityCodeTouchingLetters_FindsIt(string text, int index)
    {
        IdentifierGuard.FindAll(text).Should().Equal(new IdentifierMatch(index, 11, IdentifierKind.PersonalIdentityCode));
    }

    [TestMethod]
    [DataRow("131052-308U", "wrong control character (T is right)")]
    [DataRow("131052-308I", "I is not a control character")]
    [DataRow("290200-101K", "29.2.1900: 1900 is not a leap year")]
    [DataRow("311152-308T", "31 November does not exist")]
    [DataRow("131352-308T", "month 13")]
    [DataRow("131052G308T", "G is not a century sign")]
    [DataRow("9131052-308T", "digit just before")]
    [DataRow("131052-308T5", "digit just after")]
    [DataRow("1310523308T", "digit as century sign")]
    public void FindAll_InvalidPersonalIdentityCode_FindsNone(string text, string why)
    {
        IdentifierGuard.FindAll(text).Where(m => m.Kind == IdentifierKind.PersonalIdentityCode).Should().BeEmpty(why);
    }

    [TestMethod]
    [DataRow("matti.meikalainen@example.fi", 0, 28)]
    [DataRow("Ota yhteyttä: a.b@c.com.", 14, 9)]
    [DataRow("<tiina_k+x@posti.kunta.fi>", 1, 24)]
    [DataRow("matti.0401234567@x.fi", 0, 21)]
    public void FindAll_EmailAddress_FindsWholeAddress(string text, int index, int length)
    {
        IdentifierGuard.FindAll(text).Should().Equal(new IdentifierMatch(index, length, IdentifierKind.EmailAddress));
    }

    [TestMethod]
    [DataRow("a@b")]
    [DataRow("@example.fi")]
    [DataRow("user@localhost")]
    [DataRow("user@example.f1")]
    public void FindAll_NotAnEmailAddress_FindsNone(string text)
    {
        IdentifierGuard.FindAll(text).Should().BeEmpty();
    }

    [TestMethod]
    [DataRow("040 123 4567", 0, 12)]
    [DataRow("p. 0401234567", 3, 10)]
    [DataRow("puh:0401234567", 4, 10)]
    [DataRow("040-1234567", 0, 11)]
    [DataRow("+358 40 123 4567", 0, 16)]
    [DataRow("+358401234567", 0, 13)]
    [DataRow("00358 40 1234567", 0, 16)]
    [DataRow("09 123 456", 0, 10)]              // 0 + 7 further digits
    [DataRow("012345", 0, 6)]                   // 0 + 5 further digits: the lower bound
    [DataRow("040 123 4567 2025", 0, 12)]       // longest end with at most 11 further digits
    [DataRow("soita 050 1234567, kiitos", 6, 11)]
    [DataRow("040  123 4567", 0, 13)]          // a run of blanks
    [DataRow("040 - 123 4567", 0, 14)]         // blank, hyphen, blank
    [DataRow("(040) 123 4567", 1, 13)]         // area code in parentheses: the match starts at its 0
    [DataRow("+358 (0)40 123 4567", 0, 19)]    // the (0) of an international number
    public void FindAll_PhoneNumber_FindsIt(string text, int index, int length)
    {
        IdentifierGuard.FindAll(text).Should().Equal(new IdentifierMatch(index, length, IdentifierKind.PhoneNumber));
    }

    [TestMethod]
    [DataRow("C000123456", "pseudonym: letter before the zeros")]
    [DataRow("000123456", "00 without 358 is no Finnish number")]
    [DataRow("2025-01-03", "ISO date")]
    [DataRow("3.2.2025", "Finnish date")]
    [DataRow("03.02.2025", "Finnish date with zeros")]
    [DataRow("7,5", "decimal comma")]
    [DataRow("7,0123456", "decimal comma before a zero-led fraction")]
    [DataRow("00100", "postal code")]
    [DataRow("01234", "0 + 4 further digits")]
    [DataRow("0123456789012", "0 + 12 further digits")]
    [DataRow("G-0123456", "identifier with a hyphen")]
    [DataRow("A_012345", "identifier with an underscore")]
    [DataRow("0123456X", "letter just after")]
    [DataRow("+359401234567", "not the Finnish country code")]
    [DataRow("Tiistairyhmä", "no digit at all")]
    public void FindAll_NotAPhoneNumber_FindsNone(string text, string why)
    {
        IdentifierGuard.FindAll(text).Should().BeEmpty(why);
    }

    [TestMethod]
    public void Mask_PersonalIdentityCode_KeepsOnlyControlCharacter()
    {
        var masked = IdentifierGuard.Mask("hetu 131052-308t, ok");

        masked.Should().Be("hetu ******-***T, ok");
    }

    [TestMethod]
    [DataRow("131052A308T")]
    [DataRow("040 123 4567")]
    [DataRow("+358 40 123 4567")]
    [DataRow("matti.0401234567@example.fi")]
    public void Mask_Identifier_LeavesNoDigitOfTheOriginal(string identifier)
    {
        var masked = IdentifierGuard.Mask(identifier);

        masked.Should().NotContainAny("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    [TestMethod]
    public void Mask_SeveralKinds_MasksEachInPlace()
    {
        var masked = IdentifierGuard.Mask("131052-308T / a@b.fi / 040 123 4567 / C000123456");

        masked.Should().Be("******-***T / ***@*** / ***-******* / C000123456");
    }

    [TestMethod]
    public void Mask_NothingFound_ReturnsSameInstance()
    {
        var text = "C000123456 2025-01-03 7,5";

        IdentifierGuard.Mask(text).Should().BeSameAs(text);
    }

    [TestMethod]
    public void FindAll_SeveralIdentifiers_ListsThemInTextOrder()
    {
        // "040 1234567" (0-10), "x@y.fi" (12-17), "131052-308T" (19-29).
        var found = IdentifierGuard.FindAll("040 1234567 x@y.fi 131052-308T");

        found.Should().Equal(
            new IdentifierMatch(0, 11, IdentifierKind.PhoneNumber),
            new IdentifierMatch(12, 6, IdentifierKind.EmailAddress),
            new IdentifierMatch(19, 11, IdentifierKind.PersonalIdentityCode));
    }

    [TestMethod]
    [DataRow("", false)]
    [DataRow("Tiistairyhmä", false)]
    [DataRow("kohta 3", true)]
    [DataRow("@", true)]
    public void MayContain_Text_IsFalseOnlyWithoutDigitsAndAt(string text, bool expected)
    {
        IdentifierGuard.MayContain(text).Should().Be(expected);
    }
}
