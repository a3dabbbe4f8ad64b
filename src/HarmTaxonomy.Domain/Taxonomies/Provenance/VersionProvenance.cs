using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// Where a published version came from: the sessions whose accepted proposals changed it (with aggregate figures
/// only, never who voted how), every accepted proposal up to its publication, the acceptance rule in force when it
/// was published, and the curators whose changes it contains.
/// </summary>
public sealed record VersionProvenance(
    string Slug,
    string Version,
    IReadOnlyList<SessionProvenance> Sessions,
    IReadOnlyList<AdoptionRecord> Adoptions,
    TaxonomyAcceptanceRule Rule,
    IReadOnlyList<string> Curators);
