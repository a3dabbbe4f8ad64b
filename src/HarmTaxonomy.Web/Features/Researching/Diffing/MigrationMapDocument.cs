using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Researching.Diffing;

/// <summary>The body of <c>migration-map.json</c>: which taxonomy, between which versions, and one entry per old category.</summary>
public sealed record MigrationMapDocument(string Taxonomy, string From, string To, IReadOnlyList<MigrationEntry> Migration);
