using System.Globalization;
using System.Text;

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

    /// <summary>
    /// A target someone typed in a mapping. Characters no IRI may hold (controls, space, <c>&lt;&gt;"{}|^`\</c>) are
    /// percent-encoded: Turtle could carry them as <c>\u</c> escapes, but strict parsers (N3.js, Jena) then reject the
    /// IRI itself.
    /// </summary>
    public static RdfIri External(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        var text = new StringBuilder(iri.Length);
        foreach (var character in iri)
        {
            if (character <= 0x20 || character is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                text.Append(CultureInfo.InvariantCulture, $"%{(int)character:X2}");
            }
            else
            {
                text.Append(character);
            }
        }

        return new RdfIri(text.ToString());
    }

    /// <summary>Licences are SPDX identifiers, which SPDX publishes at stable IRIs; a full IRI is used as it is.</summary>
    public static RdfIri Licence(string licence) =>
        Uri.TryCreate(licence, UriKind.Absolute, out _) ? External(licence) : new($"https://spdx.org/licenses/{Uri.EscapeDataString(licence)}");
}
