using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Domain.Tests.Taxonomies;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Proposals;

/// <summary>A session's proposal carried into the taxonomy draft: the change the taxonomy makes of it, then its cause.</summary>
public sealed class AdoptingProposalTests
{
    private static readonly Guid VoiceCloning = Id(50);
    private static readonly ProposalCause Cause = new(SessionId, "Naming harms", Item(1), "Add “Voice cloning” under HT-3 “Fraud”", 5, 1, 2, 9);

    [Fact]
    public void An_added_category_with_examples_is_added_then_given_its_examples_then_caused_by_the_session()
    {
        var change = AddVoiceCloning(VoiceCloning) with { Examples = ["A cloned voice asks grandma for money"], Modalities = ["audio"], Rationale = "We meet it weekly" };
        var scenario = Given(SmallTree());

        var events = scenario.WhenApplied(new AdoptProposal(change.ToCommand(), Cause));

        events.Select(change => change.GetType()).ShouldBe([typeof(CategoryAdded), typeof(CategoryDetailsRevised), typeof(ProposalAdopted)]);
        var added = (CategoryAdded)events[0];
        added.CategoryId.ShouldBe(VoiceCloning);
        added.ParentId.ShouldBe(Fraud);
        added.Label.ShouldBe("Voice cloning");
        added.Reason.ShouldBe("We meet it weekly");
        ((CategoryDetailsRevised)events[1]).Examples.ShouldBe(["A cloned voice asks grandma for money"]);
        var adopted = (ProposalAdopted)events[2];
        adopted.Cause.ShouldBe(Cause with { Rule = adopted.Cause.Rule });
        adopted.Categories.ShouldBe([VoiceCloning]);
        adopted.Reason.ShouldBe("Accepted from the session “Naming harms”: 5 agree, 1 disagree, 2 pass; accepted without meeting the rule (Not analysed yet).");
        var category = scenario.Category(VoiceCloning);
        category.Examples["en"].ShouldBe(["A cloned voice asks grandma for money"]);
        category.Modalities.ShouldBe(["audio"]);
    }

    [Fact]
    public void An_added_category_without_examples_is_added_and_caused() =>
        Given(SmallTree()).When(new AdoptProposal(AddVoiceCloning(VoiceCloning).ToCommand(), Cause))
            .Select(change => change.GetType()).ShouldBe([typeof(CategoryAdded), typeof(ProposalAdopted)]);

    [Fact]
    public void A_rename_renames_in_the_proposal_language()
    {
        var rename = new ProposedChange(ProposalKind.Rename, "en", VoiceCloning, CategoryId: Fraud, Label: "Scams");
        var scenario = Given(SmallTree());

        var events = scenario.WhenApplied(new AdoptProposal(rename.ToCommand(), Cause));

        events.Select(change => change.GetType()).ShouldBe([typeof(CategoryRenamed), typeof(ProposalAdopted)]);
        ((ProposalAdopted)events[1]).Categories.ShouldBe([Fraud]);
        scenario.Category(Fraud).Labels["en"].ShouldBe("Scams");
        scenario.Category(Fraud).Definitions["en"].ShouldBe("Definition of Fraud.");
    }

    [Fact]
    public void A_redefinition_keeps_the_label()
    {
        var redefine = new ProposedChange(ProposalKind.Redefine, "en", VoiceCloning, CategoryId: Fraud, Definition: "Deceiving people for gain.");
        var scenario = Given(SmallTree());

        var events = scenario.WhenApplied(new AdoptProposal(redefine.ToCommand(), Cause));

        events.Select(change => change.GetType()).ShouldBe([typeof(CategoryRedefined), typeof(ProposalAdopted)]);
        scenario.Category(Fraud).Labels["en"].ShouldBe("Fraud");
        scenario.Category(Fraud).Definitions["en"].ShouldBe("Deceiving people for gain.");
    }

    [Fact]
    public void A_redefinition_in_a_language_the_category_has_no_label_in_is_refused()
    {
        var redefine = new ProposedChange(ProposalKind.Redefine, "es", VoiceCloning, CategoryId: Fraud, Definition: "Engaño.");

        Given(SmallTree("en", "es")).WhenRefused(new AdoptProposal(redefine.ToCommand(), Cause)).ThenBreaks("language");
    }

    [Fact]
    public void A_move_moves()
    {
        var move = new ProposedChange(ProposalKind.Move, "en", VoiceCloning, CategoryId: Fraud, ParentId: Privacy);

        var moved = Given(SmallTree()).When(new AdoptProposal(move.ToCommand(), Cause))[0].ShouldBeOfType<CategoryMoved>();

        moved.CategoryId.ShouldBe(Fraud);
        moved.ToParentId.ShouldBe(Privacy);
    }

    [Fact]
    public void A_merge_merges_with_the_rationale_or_the_session_reason()
    {
        var merge = new ProposedChange(ProposalKind.Merge, "en", VoiceCloning, CategoryId: Fraud, IntoId: Privacy);

        var events = Given(SmallTree()).When(new AdoptProposal(merge.ToCommand(), Cause));

        var merged = events[0].ShouldBeOfType<CategoriesMerged>();
        merged.SourceId.ShouldBe(Fraud);
        merged.TargetId.ShouldBe(Privacy);
        merged.Reason.ShouldBe("Proposed in a deliberation session.");
        events[^1].ShouldBeOfType<ProposalAdopted>().Categories.ShouldContain(Privacy);
        Given(SmallTree()).When(new AdoptProposal((merge with { Rationale = "Same harm" }).ToCommand(), Cause))[0]
            .ShouldBeOfType<CategoriesMerged>().Reason.ShouldBe("Same harm");
    }

    [Fact]
    public void A_split_makes_the_same_new_categories_every_time_it_is_carried_out()
    {
        var split = new ProposedChange(ProposalKind.Split, "en", VoiceCloning, CategoryId: Fraud, SplitLabels: ["Scams", "Impersonation"]);

        var first = Given(SmallTree()).When(new AdoptProposal(split.ToCommand(), Cause))[0].ShouldBeOfType<CategorySplit>();
        var again = Given(SmallTree()).When(new AdoptProposal(split.ToCommand(), Cause))[0].ShouldBeOfType<CategorySplit>();

        first.SourceId.ShouldBe(Fraud);
        first.Parts.Select(part => part.Label).ShouldBe(["Scams", "Impersonation"]);
        first.Parts.Select(part => part.CategoryId).ShouldBe(again.Parts.Select(part => part.CategoryId));
        first.Parts.Select(part => part.CategoryId).Distinct().Count().ShouldBe(2);
        first.Parts.ShouldAllBe(part => part.CategoryId != VoiceCloning);
    }

    [Fact]
    public void A_deprecation_deprecates()
    {
        var deprecate = new ProposedChange(ProposalKind.Deprecate, "en", VoiceCloning, CategoryId: Fraud);
        var scenario = Given(SmallTree());

        var deprecated = scenario.WhenApplied(new AdoptProposal(deprecate.ToCommand(), Cause))[0].ShouldBeOfType<CategoryDeprecated>();

        deprecated.CategoryId.ShouldBe(Fraud);
        scenario.Category(Fraud).Status.ShouldBe(CategoryStatus.Deprecated);
    }

    [Fact]
    public void A_proposal_the_draft_already_reads_as_is_a_conflict()
    {
        var sameName = new ProposedChange(ProposalKind.Rename, "en", VoiceCloning, CategoryId: Fraud, Label: "Fraud");
        var sameParent = new ProposedChange(ProposalKind.Move, "en", VoiceCloning, CategoryId: Threats, ParentId: Violence);

        Given(SmallTree()).WhenRefused(new AdoptProposal(sameName.ToCommand(), Cause)).ThenBreaks("proposal", TaxonomyRuleKind.Conflict);
        Given(SmallTree()).WhenRefused(new AdoptProposal(sameParent.ToCommand(), Cause)).ThenBreaks("proposal", TaxonomyRuleKind.Conflict);
    }

    [Fact]
    public void Adopting_the_same_added_category_twice_is_refused()
    {
        var scenario = Given(SmallTree());
        scenario.And(new AdoptProposal(AddVoiceCloning(VoiceCloning).ToCommand(), Cause));

        scenario.WhenRefused(new AdoptProposal(AddVoiceCloning(VoiceCloning).ToCommand(), Cause)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);
    }

    [Fact]
    public void A_change_to_a_category_names_the_category()
    {
        Should.Throw<TaxonomyRuleException>(() => new ProposedChange(ProposalKind.Rename, "en", VoiceCloning, Label: "Scams").ToCommand()).Field.ShouldBe("categoryId");
        Should.Throw<TaxonomyRuleException>(() => new ProposedChange(ProposalKind.Merge, "en", VoiceCloning, CategoryId: Fraud).ToCommand()).Field.ShouldBe("intoId");
    }
}
