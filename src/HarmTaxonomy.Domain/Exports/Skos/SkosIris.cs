namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// The addresses of what a SKOS export names. Concept IRIs carry no version so a concept keeps its IRI across
/// releases (SKOS concepts are identified, not versioned); the scheme IRI is stable too and each release is told apart
/// by its <c>owl:versionIRI</c>.
/// </summary>
public sealed class SkosIris(string publicBaseUrl, string slug)
{
    private readonly string taxonomy = $"{publicBaseUrl.TrimEnd('/')}/taxonomies/{Uri.EscapeDataString(slug)}";

    private readonly string site = publicBaseUrl.TrimEnd('/');

    public RdfIri Scheme => new(taxonomy);

    public RdfIri Version(string version) => new($"{taxonomy}/versions/{Uri.EscapeDataString(version)}");

    public RdfIri Concept(Guid id) => new($"{taxonomy}/categories/{id:D}");

    /// <summary>A reference taxonomy's category, in the public reference catalogue of the same site.</summary>
    public RdfIri ReferenceConcept(string reference, string code) =>
        new($"{site}/taxonomies/{Uri.EscapeDataString(reference)}/categories/{Uri.EscapeDataString(code)}");

    /// <summary>Licences are SPDX identifiers, which SPDX publishes at stable IRIs; a full IRI is used as it is.</summary>
    public static RdfIri Licence(string licence) =>
        Uri.TryCreate(licence, UriKind.Absolute, out _) ? new(licence) : new($"https://spdx.org/licenses/{Uri.EscapeDataString(licence)}");
}
