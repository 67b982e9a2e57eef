using System.Security.Cryptography;
using System.Text;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed class FingerprinterTests
{
    // The fingerprinter reads 64 KiB at a time; these sizes put the interesting byte past the first read.
    private const int FirstBuffer = 1 << 16;

    [TestMethod]
    public void Compute_AnyFile_Sha256EqualsSystemCryptography()
    {
        using var folder = new TempFolder();
        var bytes = new byte[(3 * FirstBuffer) + 123];
        new Random(42).NextBytes(bytes);
        var path = folder.WriteBytes("random.bin", bytes);

        var fingerprint = Fingerprinter.Compute(path);

        fingerprint.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        fingerprint.Length.Should().Be(bytes.Length);
    }

    [TestMethod]
    public void Compute_EmptyFile_HashOfNothingAndUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("empty.csv", []);

        var fingerprint = Fingerprinter.Compute(path);

        // SHA-256 of zero bytes, a published constant.
        fingerprint.Sha256.Should().Be("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        fingerprint.Encoding.Should().Be("utf-8");
        fingerprint.Length.Should().Be(0);
    }

    [TestMethod]
    public void Compute_Utf8WithBom_ReportsUtf8Bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'k', (byte)'u', (byte)'n', (byte)'t', (byte)'a', 0xC3, 0xA4 };

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("utf-8-bom");
    }

    [TestMethod]
    public void Compute_Utf8WithoutBom_ReportsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("kunta;nimi\n743;Seinäjoki\n");

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("utf-8");
    }

    [TestMethod]
    public void Compute_Windows1252Letters_ReportsWindows1252()
    {
        // "Ähtäri" in Windows-1252: C4 = Ä, E4 = ä; a lone E4 followed by ASCII is invalid UTF-8.
        var bytes = new byte[] { 0xC4, (byte)'h', (byte)'t', 0xE4, (byte)'r', (byte)'i' };

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("windows-1252");
    }

    [TestMethod]
    public void Compute_InvalidByteDeepPastFirstBuffer_ReportsWindows1252()
    {
        // 200 000 ASCII bytes, then Windows-1252 "ö" (F6): only the fourth read sees it.
        var bytes = Enumerable.Repeat((byte)'a', 200_000).Append((byte)0xF6).Concat("\n"u8.ToArray()).ToArray();

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("windows-1252");
    }

    [TestMethod]
    [DataRow(1, DisplayName = "lead byte last in the first read")]
    [DataRow(2, DisplayName = "two bytes of a three-byte sequence in the first read")]
    public void Compute_MultibyteSequenceSplitByBufferBoundary_StaysUtf8(int bytesBeforeBoundary)
    {
        // "ä" = C3 A4 and "€" = E2 82 AC straddle the 64 KiB boundary; both are valid UTF-8.
        var sequence = bytesBeforeBoundary == 1 ? new byte[] { 0xC3, 0xA4 } : [0xE2, 0x82, 0xAC];
        var bytes = Enumerable.Repeat((byte)'a', FirstBuffer - bytesBeforeBoundary).Concat(sequence).Concat("x\n"u8.ToArray()).ToArray();

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("utf-8");
    }

    [TestMethod]
    public void Compute_TruncatedSequenceAtEndOfFile_ReportsWindows1252()
    {
        // Ends with the lead byte of a two-byte sequence and nothing after: invalid UTF-8.
        var bytes = "Isokyr"u8.ToArray().Append((byte)0xC3).ToArray();

        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be("windows-1252");
    }

    [TestMethod]
    public void Compute_MissingFile_ThrowsSourceFileExceptionNamingFile()
    {
        using var folder = new TempFolder();

        var act = () => Fingerprinter.Compute(folder.File("cases.csv"));

        act.Should().Throw<SourceFileException>().WithMessage("*'cases.csv' was not found*");
    }

    [TestMethod]
    [DataRow(new byte[] { 0xFF, 0xFE, (byte)'a', 0 }, "utf-16le")]
    [DataRow(new byte[] { 0xFE, 0xFF, 0, (byte)'a' }, "utf-16be")]
    public void Compute_Utf16Bom_ReportsUtf16(byte[] bytes, string expected)
    {
        Fingerprinter.Compute(new MemoryStream(bytes)).Encoding.Should().Be(expected);
    }
}
