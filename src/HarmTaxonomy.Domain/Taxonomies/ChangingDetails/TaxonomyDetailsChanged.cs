using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.ChangingDetails;

/// <summary>The title, description or licence of the taxonomy changed.</summary>
public sealed record TaxonomyDetailsChanged(
    Guid TaxonomyId,
    string Title,
    string Description,
    string Licence,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ITaxonomyEvent;
