using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>What a write did: the draft version after it (the next <c>If-Match</c>) and the events it recorded (none when nothing changed).</summary>
public sealed record WriteOutcome(Guid TaxonomyId, long DraftVersion, IReadOnlyList<ITaxonomyEvent> Events);
