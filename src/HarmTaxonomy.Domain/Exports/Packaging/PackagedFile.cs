namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>One generated download: the format's extension, the file name people save it under, and its bytes.</summary>
public sealed record PackagedFile(string Extension, string FileName, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
}
