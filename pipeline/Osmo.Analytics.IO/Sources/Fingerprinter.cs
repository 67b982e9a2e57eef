using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Computes a <see cref="FileFingerprint"/> in one sequential pass over the bytes.</summary>
/// <remarks>
/// The encoding rule (spec/data-contract.md "Encoding"): a file is UTF-8 unless some byte sequence anywhere in it is
/// invalid UTF-8, in which case it is Windows-1252. Validity is checked buffer by buffer; a multibyte sequence cut by a
/// buffer boundary is carried over and checked with the next buffer, so a file is never misjudged by where the reads
/// happen to split it. A sequence still incomplete at the end of the file is invalid.
/// A file that starts with a UTF-8 BOM is reported as <c>utf-8-bom</c> even if invalid bytes follow: the BOM is an
/// explicit declaration, and decoding it as Windows-1252 would corrupt the first header cell (<c>ï»¿</c>).
/// A file that starts with a UTF-16 BOM (<c>FF FE</c> or <c>FE FF</c>) is UTF-16: that is what Excel's "Unicode Text"
/// export writes, and read as Windows-1252 every other char would be a NUL. The spec names only UTF-8 and
/// Windows-1252; UTF-16 is added because no reading of such a file as either could be right.
/// </remarks>
public static class Fingerprinter
{
    private const int BufferSize = 1 << 16;

    /// <summary>Fingerprints the file at <paramref name="path"/>.</summary>
    /// <exception cref="SourceFileException">The file is missing or cannot be read.</exception>
    public static FileFingerprint Compute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = SourceFileStreams.OpenRead(path);
            return Compute(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SourceFileException.CannotRead(path, e);
        }
    }

    /// <summary>Fingerprints a stream from its current position to its end.</summary>
    public static FileFingerprint Compute(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Room for up to 3 carried-over bytes of a split sequence in front of each read.
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize + 4);
        try
        {
            long length = 0;
            var carry = 0;
            var valid = true;
            var first = true;
            var bom = false;
            string? utf16 = null;
            int read;
            while ((read = ReadFull(stream, buffer.AsSpan(carry, BufferSize))) > 0)
            {
                var fresh = buffer.AsSpan(carry, read);
                hash.AppendData(fresh);
                length += read;
                var data = buffer.AsSpan(0, carry + read);
                if (first)
                {
                    first = false;
                    bom = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                    utf16 = data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? SourceEncodings.Utf16Le
                        : data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? SourceEncodings.Utf16Be
                        : null;
                    // With a BOM of either kind the encoding is declared: no UTF-8 validation needed.
                    valid = utf16 is null && !bom;
                }

                if (!valid)
                {
                    carry = 0;
                    continue;
                }

                var incomplete = IncompleteTail(data);
                valid = Utf8.IsValid(data[..^incomplete]);
                // Move the start of a split sequence to the front; the next read completes it.
                data[^incomplete..].CopyTo(buffer);
                carry = valid ? incomplete : 0;
            }

            var encoding = utf16 ?? (bom ? SourceEncodings.Utf8Bom
                : valid && carry == 0 ? SourceEncodings.Utf8
                : SourceEncodings.Windows1252);
            return new FileFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), encoding, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>How many bytes at the end of <paramref name="data"/> start a multibyte sequence that is not complete yet.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> data)
    {
        // Walk back over at most 3 continuation bytes (10xxxxxx) to the byte that leads them.
        var back = Math.Min(4, data.Length);
        for (var i = 1; i <= back; i++)
        {
            var b = data[^i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            // A complete sequence, an ASCII byte, or an invalid lead: let the validator judge it now.
            return needed > i ? i : 0;
        }

        return 0;
    }

    private static int ReadFull(Stream stream, Span<byte> target)
    {
        var total = 0;
        while (total < target.Length)
        {
            var n = stream.Read(target[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
