using System.IO.Compression;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: fixed order, and every entry stamped with the release time
/// instead of "now", so generating the same version twice gives the same archive and the same hash. Entries are
/// compressed at the fastest level: a large release is tens of megabytes of text, which the optimal level takes
/// seconds to squeeze for about a fifth less size.
/// </summary>
public static class DeterministicZip
{
    public static byte[] Write(string folder, DateTimeOffset stamp, IEnumerable<(string Name, byte[] Content)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // Zip times are local DOS times from 1980 on, with two-second precision; the UTC wall clock keeps it stable.
        var utc = stamp.ToUniversalTime();
        var entryTime = new DateTimeOffset(Math.Max(1980, utc.Year), utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second / 2 * 2, TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry($"{folder}/{name}", CompressionLevel.Fastest);
                entry.LastWriteTime = entryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
