using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Governing;

public sealed class PublishAcceptanceRuleTests
{
    [Fact]
    public void Until_curators_publish_a_rule_the_default_applies()
    {
        var scenario = Given(Created());

        scenario.Draft.AcceptanceRule.ShouldBeNull();
        var inForce = TaxonomyAcceptanceRule.Of(scenario.Draft.AcceptanceRule);
        inForce.ShouldBe(new TaxonomyAcceptanceRule(0.4, 0.6, 5, IsDefault: true));
        inForce.Description.ShouldBe("group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");
    }

    [Fact]
    public void A_published_rule_is_recorded_with_who_and_why_and_the_draft_holds_it()
    {
        var scenario = Given(Created());

        var published = scenario.WhenApplied(new PublishAcceptanceRule(0.5, 0.7, 3, "Small community"))
            .ThenSingle<AcceptanceRulePublished>();

        published.Rule.ShouldBe(new AcceptanceRule(0.5, 0.7, 3));
        published.By.ShouldBe(Curator);
        published.Reason.ShouldBe("Small community");
        scenario.Draft.AcceptanceRule.ShouldBe(new AcceptanceRule(0.5, 0.7, 3));
        TaxonomyAcceptanceRule.Of(scenario.Draft.AcceptanceRule).IsDefault.ShouldBeFalse();
    }

    [Fact]
    public void Publishing_the_default_figures_makes_them_the_taxonomy_s_own_rule()
    {
        var scenario = Given(Created());

        scenario.WhenApplied(new PublishAcceptanceRule(0.4, 0.6, 5)).ThenSingle<AcceptanceRulePublished>();

        TaxonomyAcceptanceRule.Of(scenario.Draft.AcceptanceRule).IsDefault.ShouldBeFalse();
    }

    [Fact]
    public void Publishing_the_rule_in_force_again_records_nothing() =>
        Given(Created()).And(new PublishAcceptanceRule(0.5, 0.7, 3)).When(new PublishAcceptanceRule(0.5, 0.7, 3)).ThenNothing();

    [Fact]
    public void Figures_out_of_range_are_refused_naming_every_field()
    {
        var error = Given(Created()).WhenRefused(new PublishAcceptanceRule(1.5, 60, 0)).ThenBreaks("minGroupInformedConsensus");

        error.FieldErrors.Keys.ShouldBe(["minGroupInformedConsensus", "minGroupAgreement", "minGroupSize"], ignoreOrder: true);
        error.FieldErrors["minGroupAgreement"].ShouldContain("0.6 for 60 %");
    }

    [Fact]
    public void A_missing_figure_is_named() =>
        Given(Created()).WhenRefused(new PublishAcceptanceRule(0.4, 0.6, null)).ThenBreaks("minGroupSize").FieldErrors.Keys.ShouldBe(["minGroupSize"]);

    [Fact]
    public void A_reason_longer_than_two_thousand_characters_is_refused() =>
        Given(Created()).WhenRefused(new PublishAcceptanceRule(0.4, 0.6, 5, new string('r', 2_001))).ThenBreaks("reason");

    [Fact]
    public void The_taxonomy_s_activity_says_which_rule_was_published()
    {
        var published = Given(Created()).When(new PublishAcceptanceRule(0.5, 0.7, 3)).Single();

        var entry = TaxonomyChangeDescriptions.Describe(published, 2, _ => null);

        entry.Kind.ShouldBe("acceptance-rule");
        entry.Summary.ShouldBe("Published the acceptance rule: group-informed consensus ≥ 0.5 and ≥ 70 % agreement in every opinion group with ≥ 3 members");
    }
}
