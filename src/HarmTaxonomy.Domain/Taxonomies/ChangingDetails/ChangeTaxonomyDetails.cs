using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.ChangingDetails;

/// <summary>Edit the title, description or licence of the taxonomy (the slug never changes: links depend on it).</summary>
public sealed record ChangeTaxonomyDetails(string? Title, string? Description, string? Licence, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var title = TaxonomyRules.Title(Title);
        var description = TaxonomyRules.LongText(Description, "description");
        var licence = TaxonomyRules.Licence(Licence);
        return title == draft.Title && description == draft.Description && licence == draft.Licence
            ? []
            : [new TaxonomyDetailsChanged(draft.Id, title, description, licence, by, at, TaxonomyRules.Reason(Reason))];
    }
}
