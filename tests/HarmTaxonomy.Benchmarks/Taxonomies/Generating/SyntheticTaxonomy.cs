using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Benchmarks.Taxonomies.Generating;

/// <summary>
/// The taxonomy the targets are stated for: exactly 5,000 categories in four levels (10 top-level areas,
/// 10 harms under each, 5 sub-harms under each of those, and the remaining 4,390 spread over the 500 third-level
/// categories, 8 or 9 each), written in English, Spanish and French. Every category has a label of about 30
/// characters and a definition of about 300 in each language; some also have scope notes, examples and mappings
/// to Llama Guard 3 codes. The same seed gives the same texts; category ids are new each time so several copies
/// can live in one database.
/// </summary>
public static class SyntheticTaxonomy
{
    public const int CategoryCount = 5_000;

    public const string SourceLanguage = "en";

    public static IReadOnlyList<string> Languages { get; } = [SourceLanguage, "es", "fr"];

    private const int TopLevel = 10;
    private const int PerTopLevel = 10;
    private const int PerSecondLevel = 5;
    private const int DefinitionLength = 300;
    private const int ScopeNoteLength = 150;
    private const string ReferenceTaxonomy = "llama-guard-3";

    /// <summary>Commands in an order the rules accept: every parent before its children, each category's texts after it.</summary>
    public static IEnumerable<ITaxonomyCommand> Commands(int seed)
    {
        var random = new Random(seed);
        var text = new SyntheticText(random);
        foreach (var (id, parentId) in Shape())
        {
            var hasScopeNote = random.Next(100) < 30;
            yield return new AddCategory(
                id,
                SourceLanguage,
                text.Label(SourceLanguage),
                text.Paragraph(SourceLanguage, DefinitionLength),
                parentId,
                random.Next(100) < 40 ? [Modality.Text, Modality.Image] : [Modality.Text],
                hasScopeNote ? text.Paragraph(SourceLanguage, ScopeNoteLength) : null);

            foreach (var language in Languages.Skip(1))
            {
                yield return new WriteCategoryText(
                    id,
                    language,
                    text.Label(language),
                    text.Paragraph(language, DefinitionLength),
                    hasScopeNote ? text.Paragraph(language, ScopeNoteLength) : null);
            }

            if (random.Next(100) < 25)
            {
                yield return new ReviseCategoryDetails(
                    id, SourceLanguage, [text.Paragraph(SourceLanguage, 80), text.Paragraph(SourceLanguage, 80)], [text.Label(SourceLanguage)], null);
            }

            if (random.Next(100) < 15)
            {
                yield return MappingTo(id, random);
            }
        }
    }

    /// <summary>A mapping to a Llama Guard 3 hazard code (S1 to S14); the domain does not check that the code exists.</summary>
    public static MapCategory MappingTo(Guid categoryId, Random random) => new(
        categoryId,
        MappingRelation.All[random.Next(3)],
        ReferenceTaxonomy,
        $"S{random.Next(1, 15)}",
        null,
        null);

    /// <summary>Each category with its parent, parents first.</summary>
    private static List<(Guid Id, Guid? ParentId)> Shape()
    {
        var tree = new List<(Guid Id, Guid? ParentId)>(CategoryCount);
        List<Guid> AddLevel(IReadOnlyList<Guid?> parents, Func<int, int> childrenOf)
        {
            var level = new List<Guid>();
            for (var index = 0; index < parents.Count; index++)
            {
                for (var child = 0; child < childrenOf(index); child++)
                {
                    var id = Guid.CreateVersion7();
                    tree.Add((id, parents[index]));
                    level.Add(id);
                }
            }

            return level;
        }

        var first = AddLevel([null], _ => TopLevel);
        var second = AddLevel([.. first.Select(id => (Guid?)id)], _ => PerTopLevel);
        var third = AddLevel([.. second.Select(id => (Guid?)id)], _ => PerSecondLevel);
        var leaves = CategoryCount - tree.Count;
        AddLevel([.. third.Select(id => (Guid?)id)], index => (leaves / third.Count) + (index < leaves % third.Count ? 1 : 0));
        return tree;
    }
}
