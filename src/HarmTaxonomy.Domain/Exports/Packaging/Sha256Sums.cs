using System.Security.Cryptography;
using System.Text;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// A <c>SHA256SUMS</c> file in the coreutils format (<c>hash, two spaces, name</c>, one per line, sorted by name), so
/// <c>sha256sum -c SHA256SUMS</c> checks a downloaded bundle where it was unpacked.
/// </summary>
public static class Sha256Sums
{
    public const string FileName = "SHA256SUMS";

    public static byte[] Write(IEnumerable<(string Name, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder();
        foreach (var (name, content) in files.OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            text.Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append("  ").Append(name).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Reads the lines back as name → hash (for checks and tests).</summary>
    public static IReadOnlyDictionary<string, string> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
    }
}
