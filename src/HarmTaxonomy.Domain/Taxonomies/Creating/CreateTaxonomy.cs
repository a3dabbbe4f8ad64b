using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Creating;

/// <summary>Start a taxonomy. Whether the slug is free is checked against the store by the caller (and a unique index).</summary>
public sealed record CreateTaxonomy(Guid TaxonomyId, string? Slug, string? Title, string? Description, string? Licence, IReadOnlyList<string>? Languages)
{
    public TaxonomyCreated Decide(Actor by, DateTimeOffset at) => new(
        TaxonomyId,
        TaxonomyRules.Slug(Slug),
        TaxonomyRules.Title(Title),
        TaxonomyRules.LongText(Description, "description"),
        TaxonomyRules.Licence(Licence),
        TaxonomyRules.Languages(Languages),
        by,
        at,
        null);
}
