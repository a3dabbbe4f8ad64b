using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

/// <summary>The API's shape of one reference taxonomy: its facts, then its categories in the publisher's order.</summary>
public sealed record ReferenceTaxonomyDocument(
    string Slug,
    string Name,
    string FullName,
    string Publisher,
    string Version,
    int Year,
    string? Released,
    string Licence,
    string SourceUrl,
    string Description,
    int CategoryCount,
    IReadOnlyList<ReferenceCategory> Categories)
{
    public static ReferenceTaxonomyDocument From(ReferenceTaxonomy taxonomy) => new(
        taxonomy.Slug,
        taxonomy.Name,
        taxonomy.FullName,
        taxonomy.Publisher,
        taxonomy.Version,
        taxonomy.Year,
        taxonomy.Released,
        taxonomy.Licence,
        taxonomy.SourceUrl,
        taxonomy.Description,
        taxonomy.CategoryCount,
        taxonomy.Categories);
}
