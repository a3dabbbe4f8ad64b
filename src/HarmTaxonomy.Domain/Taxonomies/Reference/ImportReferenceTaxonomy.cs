namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>Load (or refresh) one reference taxonomy from the seed data.</summary>
public sealed record ImportReferenceTaxonomy(ReferenceTaxonomyContent Content, string ImportedBy, DateTimeOffset Now);
