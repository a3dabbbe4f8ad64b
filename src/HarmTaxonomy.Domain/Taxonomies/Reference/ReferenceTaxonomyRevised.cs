namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>
/// The seed data of an already imported reference taxonomy changed (a corrected name, a new category),
/// so the whole content was replaced. Reference schemes are read-only to users; only the seed revises them.
/// </summary>
public sealed record ReferenceTaxonomyRevised(
    Guid TaxonomyId,
    ReferenceTaxonomyContent Content,
    string ContentHash,
    string RevisedBy,
    DateTimeOffset RevisedAt);
