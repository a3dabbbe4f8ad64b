using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Benchmarks.Taxonomies.Generating;

/// <summary>
/// Renames the categories in turn, each between its own label and a revised one, so every call really changes the
/// draft (an unchanged label records no event) and no single category's history grows for the whole run.
/// </summary>
public sealed class AlternatingRenames
{
    private readonly IReadOnlyList<(Guid Id, string Label)> categories;
    private readonly bool[] revised;
    private int next;

    private AlternatingRenames(IReadOnlyList<(Guid Id, string Label)> categories)
    {
        this.categories = categories;
        revised = new bool[categories.Count];
    }

    public static async Task<AlternatingRenames> ForAsync(TaxonomyWriter writer, Guid taxonomyId) => new(await writer.ReadAsync(
        taxonomyId,
        draft => draft.Categories.Select(category => (category.Id, category.Labels[SyntheticTaxonomy.SourceLanguage])).ToList(),
        default));

    public WriteCategoryText Next()
    {
        var index = next++ % categories.Count;
        revised[index] = !revised[index];
        var (id, label) = categories[index];
        return new WriteCategoryText(id, SyntheticTaxonomy.SourceLanguage, revised[index] ? $"{label} (revised)" : label, null, null);
    }
}
