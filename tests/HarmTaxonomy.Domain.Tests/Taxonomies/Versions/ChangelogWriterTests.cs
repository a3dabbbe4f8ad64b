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

public sealed class ChangelogWriterTests
{
    private static string ChangelogAfter(params ITaxonomyCommand[] changes)
    {
        var scenario = Given(SmallTree());
        var before = scenario.Draft.Snapshot();
        foreach (var change in changes)
        {
            scenario.And(change);
        }

        return ChangelogWriter.Write(TaxonomyDiffer.Compare(before, "1.0.0", scenario.Draft.Snapshot(), "draft"));
    }

    [Fact]
    public void No_changes_say_so() => ChangelogAfter().ShouldBe("No changes.");

    [Fact]
    public void A_merge_is_a_breaking_change_naming_both_categories_and_the_reason() =>
        ChangelogAfter(new MergeCategory(Fraud, Privacy, "Same harm"))
            .ShouldBe("""
                ### Breaking changes

                - Merged **HT-3** Fraud into **HT-2** Privacy. Reason: Same harm
                """);

    [Fact]
    public void A_split_is_a_breaking_change_naming_the_parts_which_are_also_added()
    {
        var changelog = ChangelogAfter(new SplitCategory(Fraud, null, [new SplitInto(Id(20), "Scams", ""), new SplitInto(Id(21), "Forgery", "")], "Too broad"));

        changelog.ShouldContain("- Split **HT-3** Fraud into **HT-4** Scams, **HT-5** Forgery. Reason: Too broad");
        changelog.ShouldContain("### Added\n\n- **HT-4** Scams.\n- **HT-5** Forgery.");
        changelog.IndexOf("### Breaking changes", StringComparison.Ordinal).ShouldBeLessThan(changelog.IndexOf("### Added", StringComparison.Ordinal));
    }

    [Fact]
    public void Added_categories_and_languages_are_listed_under_added() =>
        ChangelogAfter(new AddCategory(Id(10), "en", "Hate", "", null, []), new AddTaxonomyLanguage("es"))
            .ShouldBe("""
                ### Added

                - **HT-4** Hate.
                - Language `es`.
                """);

    [Fact]
    public void Removals_moves_and_renumbering_are_breaking_changes()
    {
        var changelog = ChangelogAfter(new RemoveCategory(Incitement), new MoveCategory(Threats, Privacy), new RenumberCategory(Fraud, "FR"));

        changelog.ShouldContain("- Removed **HT-1.2** Incitement.");
        changelog.ShouldContain("- Moved **HT-1.1** Threats from **HT-1** Violence to **HT-2** Privacy.");
        changelog.ShouldContain("- Renumbered HT-3 to FR (Fraud).");
    }

    [Fact]
    public void Deprecations_name_their_replacements_when_there_are_any()
    {
        var changelog = ChangelogAfter(new DeprecateCategory(Fraud, [Privacy], "Folded in"), new DeprecateCategory(Incitement, null, "Unclear"));

        changelog.ShouldContain("### Deprecated");
        changelog.ShouldContain("- **HT-3** Fraud, replaced by **HT-2** Privacy. Reason: Folded in");
        changelog.ShouldContain("- **HT-1.2** Incitement. Reason: Unclear");
    }

    [Fact]
    public void Mappings_and_modalities_are_listed_under_mappings()
    {
        var changelog = ChangelogAfter(
            new MapCategory(Fraud, MappingRelation.CloseMatch, "llama-guard-3", "S2", null, null),
            new SetCategoryModalities(Privacy, ["text", "image"]));

        changelog.ShouldContain("- **HT-3** Fraud closeMatch llama-guard-3 S2.");
        changelog.ShouldContain("- **HT-2** Privacy now applies to text, image.");
    }

    [Fact]
    public void Wording_lists_renames_redefinitions_reorders_and_scheme_changes()
    {
        var changelog = ChangelogAfter(
            new WriteCategoryText(Fraud, "en", "Scams", "Deceiving people.", null),
            new ReorderSiblings(null, [Violence, Fraud, Privacy]),
            new ChangeTaxonomyDetails("Open harms 2", "A small taxonomy used in tests.", null));

        changelog.ShouldContain("- HT-3 renamed in `en`: Fraud → Scams.");
        changelog.ShouldContain("- **HT-3** Scams redefined in `en`.");
        changelog.ShouldContain("- 2 categories reordered.");
        changelog.ShouldContain("- Scheme title updated.");
    }

    [Fact]
    public void Reordered_categories_are_counted_not_listed() =>
        ChangelogAfter(new MoveCategory(Privacy, Violence), new MoveCategory(Privacy, null))
            .ShouldBe("""
                ### Wording

                - 2 categories reordered.
                """);

    [Fact]
    public void A_first_label_in_a_language_is_listed_as_labelled()
    {
        var scenario = Given(SmallTree("en", "es"));
        var before = scenario.Draft.Snapshot();

        scenario.And(new WriteCategoryText(Fraud, "es", "Fraude", null, null));

        ChangelogWriter.Write(TaxonomyDiffer.Compare(before, "1.0.0", scenario.Draft.Snapshot(), "draft"))
            .ShouldContain("- **HT-3** Fraud labelled in `es`: Fraude.");
    }
}
