using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Drafting;

/// <summary>The write model and the per-category read model must agree, event by event.</summary>
public sealed class DraftCategoryEvolutionTests
{
    /// <summary>What the per-category read model holds: each category evolved only by the events that touch it.</summary>
    private static Dictionary<Guid, DraftCategory> Replay(TaxonomyScenario scenario)
    {
        var categories = new Dictionary<Guid, DraftCategory>();
        foreach (var (change, version) in scenario.History)
        {
            if (change is not ICategoryEvent categoryChange)
            {
                continue;
            }

            foreach (var id in categoryChange.TouchedCategories())
            {
                if (DraftCategoryEvolution.Evolve(categories.GetValueOrDefault(id), id, categoryChange, version) is { } evolved)
                {
                    categories[id] = evolved;
                }
                else
                {
                    categories.Remove(id);
                }
            }
        }

        return categories;
    }

    private static void ShouldMatchTheReadModel(TaxonomyScenario scenario)
    {
        var replayed = Replay(scenario);

        scenario.Draft.Categories.Select(category => category.Id).ShouldBe(replayed.Keys, ignoreOrder: true);
        foreach (var category in scenario.Draft.Categories)
        {
            category.ShouldBeEquivalentTo(replayed[category.Id]);
        }
    }

    [Fact]
    public void After_every_kind_of_change_the_draft_matches_the_per_category_read_model()
    {
        var scenario = Given(SmallTree("en", "es"))
            .And(new AddTaxonomyLanguage("fr"))
            .And(new AddCategory(Id(10), "en", "Hate", "Attacks.", Privacy, ["image", "text"], "Not insults."))
            .And(new WriteCategoryText(Id(10), "es", "Odio", "Ataques.", null))
            .And(new WriteCategoryText(Id(10), "en", "Hate speech", "Attacks on groups.", ""))
            .And(new ReviseCategoryDetails(Id(10), "en", ["Slurs"], ["Hateful content"], "Severe with threats."))
            .And(new SetCategoryModalities(Fraud, ["audio"]))
            .And(new RenumberCategory(Fraud, "FR"))
            .And(new MapCategory(Fraud, MappingRelation.ExactMatch, "llama-guard-3", "S2", null, "Same"))
            .And(new MapCategory(Fraud, MappingRelation.CloseMatch, null, null, "urn:harm:fraud", null))
            .And(new RemoveMapping(Fraud, "urn:harm:fraud"))
            .And(new PublishVersion("1.0.0", null))
            .And(new MoveCategory(Id(10), null))
            .And(new ReorderSiblings(null, [Id(10), Fraud, Violence, Privacy]))
            .And(new MergeCategory(Violence, Privacy, "Reorganised"))
            .And(new SplitCategory(Privacy, "es", [new SplitInto(Id(20), "Datos", "Datos personales."), new SplitInto(Id(21), "Imagen", "")], "Too broad"))
            .And(new DeprecateCategory(Fraud, [Id(21)], "Covered"))
            .And(new AddCategory(Id(30), null, "Mistake", "", Id(20), []))
            .And(new RemoveCategory(Id(30)));

        ShouldMatchTheReadModel(scenario);
        scenario.Draft.Categories.Count.ShouldBe(8);
    }

    [Fact]
    public void After_a_merge_the_moved_children_point_at_the_target_in_both_models()
    {
        var scenario = Given(SmallTree()).And(new MergeCategory(Violence, Fraud, "Reorganised"));

        var replayed = Replay(scenario);

        replayed[Threats].ParentId.ShouldBe(Fraud);
        replayed[Incitement].ParentId.ShouldBe(Fraud);
        replayed[Incitement].Position.ShouldBe(1);
        scenario.Category(Threats).ParentId.ShouldBe(Fraud);
        ShouldMatchTheReadModel(scenario);
    }

    [Fact]
    public void After_a_split_the_moved_children_point_at_the_first_part_in_both_models()
    {
        var scenario = Given(SmallTree())
            .And(new SplitCategory(Violence, null, [new SplitInto(Id(20), "Physical", ""), new SplitInto(Id(21), "Verbal", "")], "Too broad"));

        Replay(scenario)[Incitement].ParentId.ShouldBe(Id(20));
        ShouldMatchTheReadModel(scenario);
    }

    [Fact]
    public void Every_evolved_category_records_when_and_in_which_version_it_last_changed()
    {
        var at = Now.AddDays(1);
        var renamed = new CategoryRenamed(TaxonomyId, Fraud, "en", "Scams", Curator, at, null);
        var fraud = DraftCategoryEvolution.Evolve(null, Fraud, Added(Fraud, "HT-3", "Fraud"), 3)!;

        var after = DraftCategoryEvolution.Evolve(fraud, Fraud, renamed, 7).ShouldNotBeNull();

        after.Labels["en"].ShouldBe("Scams");
        after.UpdatedAt.ShouldBe(at);
        after.ChangedInVersion.ShouldBe(7);
        after.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void A_change_to_a_category_that_does_not_exist_creates_nothing() =>
        DraftCategoryEvolution.Evolve(null, Fraud, new CategoryRenamed(TaxonomyId, Fraud, "en", "Scams", Curator, Now, null), 2).ShouldBeNull();

    [Fact]
    public void A_removal_ends_the_category() =>
        DraftCategoryEvolution.Evolve(
            DraftCategoryEvolution.Evolve(null, Fraud, Added(Fraud, "HT-3", "Fraud"), 2),
            Fraud,
            new CategoryRemoved(TaxonomyId, Fraud, true, Curator, Now, null),
            3).ShouldBeNull();

    [Fact]
    public void The_merge_target_is_touched_but_unchanged()
    {
        var privacy = DraftCategoryEvolution.Evolve(null, Privacy, Added(Privacy, "HT-2", "Privacy", position: 1), 2)!;
        var merged = new CategoriesMerged(TaxonomyId, Fraud, Privacy, [], 0, Curator, Now.AddHours(1), "Same");

        var after = DraftCategoryEvolution.Evolve(privacy, Privacy, merged, 9).ShouldNotBeNull();

        after.ShouldBe(privacy with { UpdatedAt = Now.AddHours(1), ChangedInVersion = 9 });
    }
}
