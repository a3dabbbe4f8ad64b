using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Creating;

/// <summary>A community started a new taxonomy; its first language is the source language.</summary>
public sealed record TaxonomyCreated(
    Guid TaxonomyId,
    string Slug,
    string Title,
    string Description,
    string Licence,
    IReadOnlyList<string> Languages,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ITaxonomyEvent;
