namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>One generated file of a published version, with the SHA-256 of its bytes (lower-case hex).</summary>
public sealed record VersionFile(VersionFormat Format, string FileName, byte[] Content, string Sha256)
{
    public long Size => Content.LongLength;
}
