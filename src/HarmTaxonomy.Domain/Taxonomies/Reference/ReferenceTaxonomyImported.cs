namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>A published taxonomy was loaded for the first time as a read-only reference scheme.</summary>
public sealed record ReferenceTaxonomyImported(
    Guid TaxonomyId,
    ReferenceTaxonomyContent Content,
    string ContentHash,
    string ImportedBy,
    DateTimeOffset ImportedAt);
