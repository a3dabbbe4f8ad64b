namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// A change someone asks of a taxonomy's draft. <see cref="Decide"/> is pure: given the draft as it is, it returns
/// the events that record the change (none when nothing would change) or throws <see cref="TaxonomyRuleException"/>.
/// </summary>
public interface ITaxonomyCommand
{
    IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at);
}
