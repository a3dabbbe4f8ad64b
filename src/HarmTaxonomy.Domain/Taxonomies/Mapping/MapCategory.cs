using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Mapping;

/// <summary>
/// Map a category to a reference taxonomy's category or to any external concept URI with a SKOS relation. Whether
/// the reference category exists is checked by the caller against the seeded reference taxonomies.
/// </summary>
public sealed record MapCategory(Guid CategoryId, string? Relation, string? Reference, string? Code, string? Uri, string? Note, string? Reason = null)
    : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.ActiveCategory(draft, CategoryId);
        if (Relation is null || !MappingRelation.IsKnown(Relation))
        {
            throw TaxonomyRules.Invalid("relation", $"Use one of {string.Join(", ", MappingRelation.All)}.");
        }

        var hasReference = !string.IsNullOrWhiteSpace(Reference) || !string.IsNullOrWhiteSpace(Code);
        var hasUri = !string.IsNullOrWhiteSpace(Uri);
        if (hasReference == hasUri)
        {
            throw TaxonomyRules.Invalid(hasUri ? "uri" : "reference", "Map either to a reference taxonomy's category (reference and code) or to a URI.");
        }

        if (hasReference && (string.IsNullOrWhiteSpace(Reference) || string.IsNullOrWhiteSpace(Code)))
        {
            throw TaxonomyRules.Invalid(string.IsNullOrWhiteSpace(Code) ? "code" : "reference", "Name both the reference taxonomy and the category code.");
        }

        if (hasUri && (Uri!.Length > TaxonomyRules.MaxUri || !IsConceptUri(Uri)))
        {
            throw TaxonomyRules.Invalid("uri", "Use an absolute http, https or urn URI.");
        }

        if (Note is { Length: > TaxonomyRules.MaxNote })
        {
            throw TaxonomyRules.Invalid("note", $"Keep the note to {TaxonomyRules.MaxNote:N0} characters.");
        }

        var mapping = new CategoryMapping(
            Relation,
            hasReference ? Reference!.Trim() : null,
            hasReference ? Code!.Trim() : null,
            hasUri ? Uri!.Trim() : null,
            string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
        return category.Mappings.Contains(mapping)
            ? []
            : [new CategoryMapped(draft.Id, CategoryId, mapping, by, at, TaxonomyRules.Reason(Reason))];
    }

    private static bool IsConceptUri(string uri) =>
        System.Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" or "urn";
}
