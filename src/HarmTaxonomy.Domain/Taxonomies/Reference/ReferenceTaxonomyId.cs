using System.Security.Cryptography;
using System.Text;

namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>
/// Stream ids of reference taxonomies are derived from their slug (a name-based UUID, RFC 9562 version 5),
/// so every instance that imports the same seed agrees on the stream without looking it up first.
/// </summary>
public static class ReferenceTaxonomyId
{
    private static readonly Guid Namespace = new("5d1c9a8e-3f0b-4b8e-9a41-7c2f6d0e1a55");

    public static Guid FromSlug(string slug)
    {
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(slug);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);

#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; it is not used for security here.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
