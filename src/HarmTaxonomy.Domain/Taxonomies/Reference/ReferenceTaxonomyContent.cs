namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>
/// Everything we hold about a published harm taxonomy: the publisher's facts (codes, names, hierarchy)
/// and our own short description of it.
/// </summary>
public sealed record ReferenceTaxonomyContent(
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
    IReadOnlyList<ReferenceCategory> Categories);
