namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>Generates a published version's downloads once, stores them, and serves them from memory.</summary>
public sealed class VersionFiles
{
    /// <summary>The files of a published version, or null when the taxonomy or version does not exist.</summary>
    public Task<VersionFileSet?> GetAsync(string slug, string version, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Downloads are being built.");
}
