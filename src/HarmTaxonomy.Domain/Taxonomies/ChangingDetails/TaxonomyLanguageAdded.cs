using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.ChangingDetails;

/// <summary>The taxonomy is now also written in another language.</summary>
public sealed record TaxonomyLanguageAdded(
    Guid TaxonomyId,
    string Language,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ITaxonomyEvent;
