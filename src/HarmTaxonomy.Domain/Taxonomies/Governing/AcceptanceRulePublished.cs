using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>The curators published the bar a session's proposal has to clear to count as broadly supported.</summary>
public sealed record AcceptanceRulePublished(
    Guid TaxonomyId,
    AcceptanceRule Rule,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ITaxonomyEvent;
