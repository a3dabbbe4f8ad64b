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
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Publishing;

public sealed class PublicationPlanTests
{
    private static readonly Dictionary<string, ITaxonomyCommand> Changes = new()
    {
        ["remove"] = new RemoveCategory(Fraud),
        ["merge"] = new MergeCategory(Fraud, Privacy, "Same harm"),
        ["split"] = new SplitCategory(Fraud, null, [new SplitInto(Id(20), "Scams", ""), new SplitInto(Id(21), "Forgery", "")], "Too broad"),
        ["move"] = new MoveCategory(Fraud, Privacy),
        ["renumber"] = new RenumberCategory(Fraud, "HT-9"),
        ["add"] = new AddCategory(Id(10), "en", "Hate", "", null, []),
        ["deprecate"] = new DeprecateCategory(Fraud, [Privacy], "Folded in"),
        ["add language"] = new AddTaxonomyLanguage("es"),
        ["map"] = new MapCategory(Fraud, MappingRelation.CloseMatch, "llama-guard-3", "S2", null, null),
        ["set modalities"] = new SetCategoryModalities(Fraud, ["text", "image"]),
        ["rename"] = new WriteCategoryText(Fraud, "en", "Fraud and scams", null, null),
        ["redefine"] = new WriteCategoryText(Fraud, "en", "Fraud", "Deceiving people for gain.", null),
        ["revise details"] = new ReviseCategoryDetails(Fraud, "en", ["Phishing e-mail"], null, null),
        ["reorder"] = new ReorderSiblings(null, [Fraud, Violence, Privacy]),
        ["change title"] = new ChangeTaxonomyDetails("Open harms, revised", "A small taxonomy used in tests.", null),
    };

    [Fact]
    public void Before_the_first_version_any_version_above_zero_is_allowed_and_1_0_0_suggested()
    {
        var plan = PublicationPlan.For(Given(SmallTree()).Draft);

        plan.PreviousVersion.ShouldBeNull();
        plan.MinimumVersion.ShouldBe("0.0.1");
        plan.SuggestedVersion.ShouldBe("1.0.0");
        plan.CanPublish.ShouldBeTrue();
        plan.WhyNot.ShouldBeNull();
        plan.Diff.Added.Count.ShouldBe(5);
    }

    [Fact]
    public void Without_an_active_category_the_plan_says_why_it_cannot_publish()
    {
        var plan = PublicationPlan.For(Given(Created()).Draft);

        plan.CanPublish.ShouldBeFalse();
        plan.WhyNot.ShouldBe("Add at least one category before publishing.");
    }

    [Theory]
    [InlineData("remove", "2.0.0")]
    [InlineData("merge", "2.0.0")]
    [InlineData("split", "2.0.0")]
    [InlineData("move", "2.0.0")]
    [InlineData("renumber", "2.0.0")]
    [InlineData("add", "1.1.0")]
    [InlineData("deprecate", "1.1.0")]
    [InlineData("add language", "1.1.0")]
    [InlineData("map", "1.1.0")]
    [InlineData("set modalities", "1.1.0")]
    [InlineData("rename", "1.0.1")]
    [InlineData("redefine", "1.0.1")]
    [InlineData("revise details", "1.0.1")]
    [InlineData("reorder", "1.0.1")]
    [InlineData("change title", "1.0.1")]
    public void Each_kind_of_change_needs_its_bump(string change, string minimum)
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(Changes[change]);

        var plan = PublicationPlan.For(scenario.Draft);

        plan.PreviousVersion.ShouldBe("1.0.0");
        plan.MinimumVersion.ShouldBe(minimum);
        plan.SuggestedVersion.ShouldBe(minimum);
        plan.CanPublish.ShouldBeTrue();
        plan.Diff.BumpReasons.ShouldNotBeEmpty();
        scenario.WhenApplied(new PublishVersion(minimum, null)).ThenSingle<TaxonomyVersionPublished>().Version.ShouldBe(minimum);
    }

    [Theory]
    [InlineData("remove", "1.1.0", "major")]
    [InlineData("add", "1.0.1", "minor")]
    public void Publishing_below_the_needed_bump_is_refused(string change, string version, string bump) =>
        Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(Changes[change])
            .WhenRefused(new PublishVersion(version, null)).ThenBreaks("version").Details["requiredBump"].ShouldBe(bump);

    [Fact]
    public void The_largest_needed_bump_wins()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null))
            .And(Changes["rename"]).And(Changes["add"]).And(Changes["move"]);

        var plan = PublicationPlan.For(scenario.Draft);

        plan.MinimumVersion.ShouldBe("2.0.0");
        plan.Diff.RequiredBump.ShouldBe(VersionBump.Major);
        plan.Diff.BumpReasons.ShouldBe(["1 category moved"]);
    }

    [Fact]
    public void Undoing_a_change_before_publishing_leaves_nothing_to_publish()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null))
            .And(new WriteCategoryText(Fraud, "en", "Scams", null, null))
            .And(new WriteCategoryText(Fraud, "en", "Fraud", null, null));

        var plan = PublicationPlan.For(scenario.Draft);

        plan.CanPublish.ShouldBeFalse();
        plan.WhyNot.ShouldBe("Nothing has changed since 1.0.0.");
    }

    [Fact]
    public void The_next_plan_compares_with_the_latest_version()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(Changes["add"]).And(new PublishVersion("1.1.0", null))
            .And(Changes["rename"]);

        var plan = PublicationPlan.For(scenario.Draft);

        plan.PreviousVersion.ShouldBe("1.1.0");
        plan.MinimumVersion.ShouldBe("1.1.1");
        plan.Diff.Added.ShouldBeEmpty();
        plan.Diff.Renamed.ShouldHaveSingleItem().After.ShouldBe("Fraud and scams");
    }
}
