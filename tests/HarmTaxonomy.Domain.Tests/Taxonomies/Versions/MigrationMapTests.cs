using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class MigrationMapTests
{
    private static readonly Guid Scams = Id(20);
    private static readonly Guid Forgery = Id(21);

    private static SplitCategory SplitPrivacy() =>
        new(Privacy, null, [new SplitInto(Scams, "Scams", ""), new SplitInto(Forgery, "Forgery", "")], "Too broad");

    private static MigrationEntry EntryFor(TaxonomySnapshot from, TaxonomySnapshot to, Guid id) =>
        MigrationMap.Between(from, to).Single(entry => entry.From == id);

    [Fact]
    public void An_active_category_maps_to_itself_even_when_renumbered()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new RenumberCategory(Fraud, "FR"));

        var entry = EntryFor(before, scenario.Draft.Snapshot(), Fraud);
        entry.FromNotation.ShouldBe("HT-3");
        entry.Kind.ShouldBe(MigrationKind.Same);
        entry.To.ShouldBe([Fraud]);
        entry.ToNotations.ShouldBe(["FR"]);
    }

    [Fact]
    public void A_merged_category_maps_to_its_target()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new MergeCategory(Fraud, Privacy, "Same"));

        var entry = EntryFor(before, scenario.Draft.Snapshot(), Fraud);
        entry.Kind.ShouldBe(MigrationKind.Replaced);
        entry.To.ShouldBe([Privacy]);
        entry.ToNotations.ShouldBe(["HT-2"]);
    }

    [Fact]
    public void A_chain_of_merge_then_split_is_followed_to_the_active_categories()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new MergeCategory(Fraud, Privacy, "Same")).And(SplitPrivacy());

        var entry = EntryFor(before, scenario.Draft.Snapshot(), Fraud);
        entry.Kind.ShouldBe(MigrationKind.Replaced);
        entry.To.ShouldBe([Scams, Forgery]);
        entry.ToNotations.ShouldBe(["HT-4", "HT-5"]);
        EntryFor(before, scenario.Draft.Snapshot(), Privacy).To.ShouldBe([Scams, Forgery]);
    }

    [Fact]
    public void A_category_already_deprecated_in_the_old_version_follows_its_replacements_too()
    {
        var scenario = Given(SmallTree()).And(new MergeCategory(Fraud, Privacy, "Same"));
        var before = scenario.Draft.Snapshot();

        scenario.And(SplitPrivacy());

        EntryFor(before, scenario.Draft.Snapshot(), Fraud).To.ShouldBe([Scams, Forgery]);
    }

    [Fact]
    public void A_removed_category_maps_to_nothing()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new RemoveCategory(Fraud));

        var entry = EntryFor(before, scenario.Draft.Snapshot(), Fraud);
        entry.Kind.ShouldBe(MigrationKind.Removed);
        entry.To.ShouldBeEmpty();
        entry.FromNotation.ShouldBe("HT-3");
    }

    [Fact]
    public void A_category_deprecated_without_replacement_maps_to_nothing()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new DeprecateCategory(Fraud, null, "Out of scope"));

        var entry = EntryFor(before, scenario.Draft.Snapshot(), Fraud);
        entry.Kind.ShouldBe(MigrationKind.Deprecated);
        entry.To.ShouldBeEmpty();
    }

    [Fact]
    public void A_replacement_that_was_later_removed_is_skipped()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(new DeprecateCategory(Fraud, [Privacy, Violence], "Spread out"));
        var afterwards = scenario.Draft.Snapshot() with
        {
            Categories = [.. scenario.Draft.Snapshot().Categories.Where(category => category.Id != Privacy)],
        };

        var entry = EntryFor(before, afterwards, Fraud);
        entry.Kind.ShouldBe(MigrationKind.Replaced);
        entry.To.ShouldBe([Violence]);
    }

    [Fact]
    public void Every_category_of_the_old_version_gets_one_entry()
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();

        scenario.And(SplitPrivacy());

        MigrationMap.Between(before, scenario.Draft.Snapshot()).Select(entry => entry.From).ShouldBe(before.Categories.Select(category => category.Id));
    }
}
