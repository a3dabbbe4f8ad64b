using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using HarmTaxonomy.Web.Tests.Features.Sessions.CheckingAcceptance;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

/// <summary>Participants see, read-only, how each open proposal stands against the taxonomy's acceptance rule.</summary>
public sealed class ItemListRuleTests : MudBunitContext
{
    private static readonly ItemView Statement = Item(ItemKind.Statement, "Voice clones are a new harm.");
    private static readonly ItemView Broad = Item(ItemKind.Proposal, "Add “Voice cloning” under HT-3");
    private static readonly ItemView Divisive = Item(ItemKind.Proposal, "Rename HT-2 to “Hate speech”");

    public ItemListRuleTests() => Render<MudPopoverProvider>();

    private static ItemView Item(ItemKind kind, string text) =>
        new(Guid.CreateVersion7(), kind, text, "Fran", IsMine: false, ModerationState.Accepted, null, new ItemTally(Guid.Empty, 0, 0, 0), null, null, []);

    private static OpinionAnalysis TwoGroups() => AnalysisExamples.Groups(
        [8, 6],
        (Broad.Id, [new VoteCounts(7, 1, 0), new VoteCounts(5, 1, 0)]),
        (Divisive.Id, [new VoteCounts(7, 1, 0), new VoteCounts(2, 4, 0)]));

    private IRenderedComponent<ItemList> RenderList(IReadOnlyList<ItemView> items, TaxonomyAcceptanceRule? rule, OpinionAnalysis? analysis) =>
        Render<ItemList>(parameters => parameters
            .Add(list => list.Items, items)
            .Add(list => list.Post, _ => Task.CompletedTask)
            .Add(list => list.Rule, rule)
            .Add(list => list.Analysis, analysis));

    private static string? ChipOf(IRenderedComponent<ItemList> cut, ItemView item) =>
        cut.FindAll($"[data-testid='proposal-rule-status'][data-item-id='{item.Id}']").SingleOrDefault()?.TextContent.Trim();

    [Fact]
    public void Proposals_carry_a_chip_saying_whether_they_meet_the_rule_or_what_fails()
    {
        var cut = RenderList([Statement, Broad, Divisive], TaxonomyAcceptanceRule.Default, TwoGroups());

        ChipOf(cut, Broad).ShouldBe("Meets the rule");
        ChipOf(cut, Divisive).ShouldBe("Group-informed consensus 0.30 < 0.4; Group B agrees 33 % < 60 %");
        ChipOf(cut, Statement).ShouldBeNull();
    }

    [Fact]
    public void Before_the_first_analysis_proposals_are_not_analysed_yet() =>
        ChipOf(RenderList([Broad], TaxonomyAcceptanceRule.Default, analysis: null), Broad).ShouldBe("Not analysed yet");

    [Fact]
    public void Accepted_proposals_and_lists_without_a_rule_show_no_chip()
    {
        var accepted = Broad with { AcceptedDraftVersion = 12 };

        ChipOf(RenderList([accepted], TaxonomyAcceptanceRule.Default, TwoGroups()), accepted).ShouldBeNull();
        ChipOf(RenderList([Broad], rule: null, TwoGroups()), Broad).ShouldBeNull();
    }
}
