using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class TaxonomyDifferTests
{
    private static TaxonomyDiff DiffAfter(TaxonomyScenario scenario, params ITaxonomyCommand[] changes)
    {
        var before = scenario.Draft.Snapshot();
        foreach (var change in changes)
        {
            scenario.And(change);
        }

        return TaxonomyDiffer.Compare(before, "1.0.0", scenario.Draft.Snapshot(), "draft");
    }

    [Fact]
    public void Identical_snapshots_differ_in_nothing()
    {
        var diff = DiffAfter(Given(SmallTree()));

        diff.IsEmpty.ShouldBeTrue();
        diff.RequiredBump.ShouldBe(VersionBump.None);
        diff.BumpReasons.ShouldBeEmpty();
        diff.From.ShouldBe("1.0.0");
        diff.To.ShouldBe("draft");
        diff.Migration.ShouldAllBe(entry => entry.Kind == MigrationKind.Same);
    }

    [Fact]
    public void Added_categories_are_listed_with_notation_and_label()
    {
        var diff = DiffAfter(Given(SmallTree()), new AddCategory(Id(10), "en", "Hate", "", Violence, []));

        diff.Added.ShouldBe([new CategoryRef(Id(10), "HT-1.3", "Hate")]);
        diff.RequiredBump.ShouldBe(VersionBump.Minor);
        diff.BumpReasons.ShouldBe(["1 category added"]);
    }

    [Fact]
    public void Removed_categories_are_listed_as_they_were()
    {
        var diff = DiffAfter(Given(SmallTree()), new RemoveCategory(Fraud), new RemoveCategory(Privacy));

        diff.Removed.ShouldBe([new CategoryRef(Privacy, "HT-2", "Privacy"), new CategoryRef(Fraud, "HT-3", "Fraud")]);
        diff.RequiredBump.ShouldBe(VersionBump.Major);
        diff.BumpReasons.ShouldBe(["2 categories removed"]);
    }

    [Fact]
    public void Removing_a_category_does_not_count_its_siblings_as_reordered()
    {
        var diff = DiffAfter(Given(SmallTree()), new RemoveCategory(Privacy), new ReorderSiblings(null, [Violence, Fraud]));

        diff.Reordered.ShouldBeEmpty();
        diff.RequiredBump.ShouldBe(VersionBump.Major);
    }

    [Fact]
    public void A_licence_change_needs_a_minor_release() =>
        DiffAfter(Given(SmallTree()), new Domain.Taxonomies.ChangingDetails.ChangeTaxonomyDetails("Open harms", "", "CC0-1.0"))
            .RequiredBump.ShouldBe(VersionBump.Minor);

    [Fact]
    public void Deprecated_categories_are_listed_with_their_kind_replacements_and_reason()
    {
        var diff = DiffAfter(Given(SmallTree()), new DeprecateCategory(Incitement, [Threats, Privacy], "Overlaps"));

        var entry = diff.Deprecated.ShouldHaveSingleItem();
        entry.Category.ShouldBe(new CategoryRef(Incitement, "HT-1.2", "Incitement"));
        entry.Kind.ShouldBe(DeprecationKind.Deprecated);
        entry.ReplacedBy.ShouldBe([new CategoryRef(Threats, "HT-1.1", "Threats"), new CategoryRef(Privacy, "HT-2", "Privacy")]);
        entry.Reason.ShouldBe("Overlaps");
        diff.RequiredBump.ShouldBe(VersionBump.Minor);
    }

    [Fact]
    public void A_merge_is_a_deprecation_into_the_target_and_moves_the_children()
    {
        var diff = DiffAfter(Given(SmallTree()), new MergeCategory(Violence, Privacy, "Reorganised"));

        var entry = diff.Deprecated.ShouldHaveSingleItem();
        entry.Kind.ShouldBe(DeprecationKind.MergedInto);
        entry.ReplacedBy.ShouldBe([new CategoryRef(Privacy, "HT-2", "Privacy")]);
        diff.Moved.Select(moved => moved.Category.Id).ShouldBe([Threats, Incitement]);
        diff.RequiredBump.ShouldBe(VersionBump.Major);
        diff.BumpReasons.ShouldBe(["1 category merged into another", "2 categories moved"]);
    }

    [Fact]
    public void A_split_adds_the_parts_and_deprecates_the_source()
    {
        var diff = DiffAfter(
            Given(SmallTree()),
            new SplitCategory(Fraud, null, [new SplitInto(Id(20), "Scams", ""), new SplitInto(Id(21), "Forgery", "")], "Too broad"));

        diff.Added.Select(added => added.Notation).ShouldBe(["HT-4", "HT-5"]);
        var entry = diff.Deprecated.ShouldHaveSingleItem();
        entry.Kind.ShouldBe(DeprecationKind.SplitInto);
        entry.ReplacedBy.Select(part => part.Label).ShouldBe(["Scams", "Forgery"]);
        diff.RequiredBump.ShouldBe(VersionBump.Major);
    }

    [Fact]
    public void Renames_are_listed_per_language_with_before_and_after()
    {
        var scenario = Given(SmallTree("en", "es")).And(new WriteCategoryText(Privacy, "es", "Privacidad", null, null));

        var diff = DiffAfter(
            scenario,
            new WriteCategoryText(Privacy, "en", "Privacy harms", null, null),
            new WriteCategoryText(Privacy, "es", "Daños a la privacidad", null, null),
            new WriteCategoryText(Fraud, "es", "Fraude", null, null));

        diff.Renamed.ShouldBe([
            new RenamedEntry(new CategoryRef(Privacy, "HT-2", "Privacy harms"), "en", "Privacy", "Privacy harms"),
            new RenamedEntry(new CategoryRef(Privacy, "HT-2", "Privacy harms"), "es", "Privacidad", "Daños a la privacidad"),
            new RenamedEntry(new CategoryRef(Fraud, "HT-3", "Fraud"), "es", null, "Fraude"),
        ]);
        diff.RequiredBump.ShouldBe(VersionBump.Patch);
    }

    [Fact]
    public void Redefinitions_are_listed_with_the_definitions_and_scope_notes_before_and_after()
    {
        var diff = DiffAfter(Given(SmallTree()), new WriteCategoryText(Fraud, "en", "Fraud", "Deceiving for gain.", "Not marketing."));

        diff.Redefined.ShouldBe([new RedefinedEntry(new CategoryRef(Fraud, "HT-3", "Fraud"), "en", "Definition of Fraud.", "Deceiving for gain.", null, "Not marketing.")]);
        diff.BumpReasons.ShouldBe(["1 category redefined"]);
    }

    [Fact]
    public void Revised_details_are_listed_per_language() =>
        DiffAfter(Given(SmallTree()), new ReviseCategoryDetails(Fraud, "en", ["Phishing"], null, null))
            .DetailsRevised.ShouldBe([new DetailsRevisedEntry(new CategoryRef(Fraud, "HT-3", "Fraud"), "en")]);

    [Fact]
    public void Moves_are_listed_with_the_old_and_new_parent()
    {
        var diff = DiffAfter(Given(SmallTree()), new MoveCategory(Threats, Privacy), new MoveCategory(Incitement, null));

        diff.Moved.ShouldBe([
            new MovedEntry(new CategoryRef(Threats, "HT-1.1", "Threats"), new CategoryRef(Violence, "HT-1", "Violence"), new CategoryRef(Privacy, "HT-2", "Privacy")),
            new MovedEntry(new CategoryRef(Incitement, "HT-1.2", "Incitement"), new CategoryRef(Violence, "HT-1", "Violence"), null),
        ]);
        diff.Reordered.ShouldBeEmpty();
    }

    [Fact]
    public void Reorders_are_listed_only_for_categories_whose_position_changed()
    {
        var diff = DiffAfter(Given(SmallTree()), new ReorderSiblings(null, [Violence, Fraud, Privacy]));

        diff.Reordered.Select(category => category.Id).ShouldBe([Fraud, Privacy], ignoreOrder: true);
        diff.BumpReasons.ShouldBe(["2 categories reordered"]);
    }

    [Fact]
    public void Renumbering_is_listed_with_both_notations()
    {
        var diff = DiffAfter(Given(SmallTree()), new RenumberCategory(Fraud, "FR"));

        diff.Renumbered.ShouldBe([new RenumberedEntry(new CategoryRef(Fraud, "FR", "Fraud"), "HT-3", "FR")]);
        diff.RequiredBump.ShouldBe(VersionBump.Major);
    }

    [Fact]
    public void Changed_modalities_are_listed_before_and_after() =>
        DiffAfter(Given(SmallTree()), new SetCategoryModalities(Fraud, ["image"]))
            .ModalitiesChanged.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                entry => entry.Before.ShouldBe(["text"]),
                entry => entry.After.ShouldBe(["image"]));

    [Fact]
    public void Mappings_added_and_removed_are_listed()
    {
        var scenario = Given(SmallTree()).And(new MapCategory(Fraud, MappingRelation.ExactMatch, "llama-guard-3", "S2", null, null));

        var diff = DiffAfter(
            scenario,
            new RemoveMapping(Fraud, "llama-guard-3:S2"),
            new MapCategory(Fraud, MappingRelation.CloseMatch, null, null, "urn:harm:fraud", null));

        diff.MappingsAdded.ShouldHaveSingleItem().Mapping.Uri.ShouldBe("urn:harm:fraud");
        diff.MappingsRemoved.ShouldHaveSingleItem().Mapping.Code.ShouldBe("S2");
        diff.BumpReasons.ShouldBe(["1 mapping(s) added, 1 removed"]);
    }

    [Fact]
    public void A_changed_relation_to_the_same_target_is_a_removal_and_an_addition()
    {
        var scenario = Given(SmallTree()).And(new MapCategory(Fraud, MappingRelation.ExactMatch, "llama-guard-3", "S2", null, null));

        var diff = DiffAfter(scenario, new MapCategory(Fraud, MappingRelation.BroadMatch, "llama-guard-3", "S2", null, null));

        diff.MappingsAdded.ShouldHaveSingleItem().Mapping.Relation.ShouldBe(MappingRelation.BroadMatch);
        diff.MappingsRemoved.ShouldHaveSingleItem().Mapping.Relation.ShouldBe(MappingRelation.ExactMatch);
    }

    [Fact]
    public void Added_languages_are_listed()
    {
        var diff = DiffAfter(Given(SmallTree()), new AddTaxonomyLanguage("es"), new AddTaxonomyLanguage("pt-BR"));

        diff.LanguagesAdded.ShouldBe(["es", "pt-BR"]);
        diff.LanguagesRemoved.ShouldBeEmpty();
        diff.BumpReasons.ShouldBe(["languages added: es, pt-BR"]);
    }

    [Fact]
    public void Scheme_changes_name_the_fields_that_changed() =>
        DiffAfter(Given(SmallTree()), new ChangeTaxonomyDetails("Open harms", "Wider.", "CC0-1.0"))
            .SchemeChanges.ShouldBe(["description", "licence"]);

    [Fact]
    public void Against_the_empty_snapshot_everything_is_added_and_the_scheme_is_not_a_change()
    {
        var diff = TaxonomyDiffer.Compare(TaxonomySnapshot.Empty, "empty", Given(SmallTree("en", "es")).Draft.Snapshot(), "draft");

        diff.Added.Count.ShouldBe(5);
        diff.LanguagesAdded.ShouldBe(["en", "es"]);
        diff.SchemeChanges.ShouldBeEmpty();
        diff.Migration.ShouldBeEmpty();
        diff.RequiredBump.ShouldBe(VersionBump.Minor);
    }
}
