using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Benchmarks.Taxonomies.Generating;

/// <summary>
/// One hundred edits of the kind a minor release collects: 40 relabellings, 30 redefinitions in Spanish, 10 revised
/// examples in French, 10 new fourth-level categories and 10 new mappings. Nothing breaking, so the next suggested
/// version is a minor one.
/// </summary>
public static class SyntheticChanges
{
    public const int Count = 100;

    public static IReadOnlyList<ITaxonomyCommand> For(IReadOnlyCollection<DraftCategory> categories, int seed)
    {
        var random = new Random(seed);
        var text = new SyntheticText(random);
        var shuffled = categories.ToArray();
        random.Shuffle(shuffled);
        var thirdLevel = shuffled.Where(category => category.Notation.Count(c => c == '.') == 2).ToArray();
        var picked = shuffled.AsEnumerable().GetEnumerator();
        DraftCategory Pick() => picked.MoveNext() ? picked.Current : throw new InvalidOperationException("Not enough categories to change.");

        var changes = new List<ITaxonomyCommand>(Count);
        for (var index = 0; index < 40; index++)
        {
            changes.Add(new WriteCategoryText(Pick().Id, "en", text.Label("en"), null, null));
        }

        for (var index = 0; index < 30; index++)
        {
            var category = Pick();
            changes.Add(new WriteCategoryText(category.Id, "es", category.Labels["es"], text.Paragraph("es", 300), null));
        }

        for (var index = 0; index < 10; index++)
        {
            changes.Add(new ReviseCategoryDetails(Pick().Id, "fr", [text.Paragraph("fr", 80)], [], null));
        }

        for (var index = 0; index < 10; index++)
        {
            changes.Add(new AddCategory(
                Guid.CreateVersion7(), "en", text.Label("en"), text.Paragraph("en", 300), thirdLevel[index].Id, [Modality.Text]));
        }

        for (var index = 0; index < 10; index++)
        {
            changes.Add(new MapCategory(Pick().Id, MappingRelation.RelatedMatch, "llama-guard-3", $"S{random.Next(1, 15)}", null, null));
        }

        return changes;
    }
}
