namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>One row of the reference catalogue.</summary>
public sealed record ReferenceTaxonomySummary(
    string Slug,
    string Name,
    string Publisher,
    string Version,
    int CategoryCount,
    string Licence);
