using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports;

/// <summary>
/// A published version with the facts every export states about it (number, date, who curated it, where it lives),
/// so each format is a pure function of one value and the same version always gives the same bytes.
/// </summary>
/// <param name="Snapshot">The categories and scheme details of the version.</param>
/// <param name="Version">The semantic version, e.g. <c>1.2.0</c>.</param>
/// <param name="Released">When the version was published.</param>
/// <param name="Curators">The people or bodies credited as authors, in the order they are credited.</param>
/// <param name="Publisher">The community that publishes the taxonomy; credited when no curator is named.</param>
/// <param name="VersionUrl">The stable public address of this version.</param>
/// <param name="TaxonomyUrl">The public address of the taxonomy across its versions.</param>
/// <param name="Doi">The version's DOI, when one was minted.</param>
public sealed record VersionRelease(
    TaxonomySnapshot Snapshot,
    string Version,
    DateTimeOffset Released,
    IReadOnlyList<string> Curators,
    string Publisher,
    string VersionUrl,
    string TaxonomyUrl,
    string? Doi = null)
{
    /// <summary>Who is credited: the curators, else the publishing community.</summary>
    public IReadOnlyList<string> Credited =>
        Curators.Where(name => !string.IsNullOrWhiteSpace(name)).ToArray() is { Length: > 0 } named ? named : [Publisher];
}
