using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using JasperFx.Events;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

public sealed class TaxonomySummaryProjectionTests
{
    private static TaxonomySummary? Project(TaxonomyScenario scenario)
    {
        var projection = new TaxonomySummaryProjection();
        return scenario.History.Aggregate(default(TaxonomySummary), (summary, recorded) => projection.Evolve(summary, TaxonomyId, recorded.Stored()));
    }

    [Fact]
    public void A_new_taxonomy_is_summarised_with_its_facts()
    {
        var summary = Project(Given(Created("en", "es"))).ShouldNotBeNull();

        summary.Id.ShouldBe(TaxonomyId);
        summary.Slug.ShouldBe("open-harms");
        summary.Title.ShouldBe("Open harms");
        summary.Languages.ShouldBe(["en", "es"]);
        summary.CreatedBy.ShouldBe(Curator);
        summary.CreatedAt.ShouldBe(Now);
        summary.DraftVersion.ShouldBe(1);
        summary.CategoryCount.ShouldBe(0);
        summary.LatestVersion.ShouldBeNull();
    }

    [Fact]
    public void Counts_follow_additions_splits_merges_deprecations_and_removals()
    {
        var scenario = Given(SmallTree())
            .And(new SplitCategory(Fraud, null, [new SplitInto(Id(20), "Scams", ""), new SplitInto(Id(21), "Forgery", "")], "Too broad"))
            .And(new MergeCategory(Incitement, Threats, "Same"))
            .And(new DeprecateCategory(Privacy, null, "Unused"))
            .And(new RemoveCategory(Privacy))
            .And(new AddCategory(Id(30), "en", "Hate", "", null, []))
            .And(new RemoveCategory(Id(30)));

        var summary = Project(scenario).ShouldNotBeNull();

        summary.CategoryCount.ShouldBe(scenario.Draft.Categories.Count);
        summary.ActiveCategoryCount.ShouldBe(scenario.Draft.Categories.Count(category => category.IsActive));
        summary.DraftVersion.ShouldBe(scenario.Draft.Version);
        summary.UpdatedAt.ShouldBe(scenario.Draft.UpdatedAt);
    }

    [Fact]
    public void Details_languages_and_releases_are_followed()
    {
        var scenario = Given(SmallTree())
            .And(new ChangeTaxonomyDetails("Open harms 2", "Wider.", "CC0-1.0"))
            .And(new AddTaxonomyLanguage("es"))
            .And(new PublishVersion("1.0.0", null));

        var summary = Project(scenario).ShouldNotBeNull();

        summary.Title.ShouldBe("Open harms 2");
        summary.Licence.ShouldBe("CC0-1.0");
        summary.Languages.ShouldBe(["en", "es"]);
        summary.LatestVersion.ShouldBe("1.0.0");
        summary.Versions.ShouldHaveSingleItem().ShouldBe(scenario.Draft.LatestVersion);
    }

    [Fact]
    public void The_acceptance_rule_is_the_default_until_one_is_published()
    {
        var scenario = Given(SmallTree());
        Project(scenario).ShouldNotBeNull().AcceptanceRule.ShouldBe(TaxonomyAcceptanceRule.Default);

        scenario.And(new PublishAcceptanceRule(0.5, 0.75, 8));
        var summary = Project(scenario).ShouldNotBeNull();

        summary.AcceptanceRule.ShouldBe(new TaxonomyAcceptanceRule(0.5, 0.75, 8, IsDefault: false));
        summary.AcceptanceRule.Description.ShouldBe("group-informed consensus ≥ 0.5 and ≥ 75 % agreement in every opinion group with ≥ 8 members");
        summary.DraftVersion.ShouldBe(scenario.Draft.Version);
    }

    [Fact]
    public void Events_before_the_creation_summarise_nothing() =>
        new TaxonomySummaryProjection().Evolve(null, TaxonomyId, new Event<ITaxonomyEvent>(Added(Fraud, "HT-3", "Fraud")) { Version = 2 }).ShouldBeNull();
}
