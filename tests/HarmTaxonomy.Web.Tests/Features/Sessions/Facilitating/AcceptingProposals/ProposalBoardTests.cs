using Bunit;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Web.Features.Sessions.Facilitating;
using HarmTaxonomy.Web.Features.Sessions.Facilitating.AcceptingProposals;
using static HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.ConsoleItems;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.AcceptingProposals;

public sealed class ProposalBoardTests : FacilitatorContext
{
    private readonly List<Guid> accepted = [];

    public ProposalBoardTests() => RenderProviders();

    private IRenderedComponent<ProposalBoard> RenderBoard(IReadOnlyList<ConsoleItem> items, bool canAccept = true) =>
        Render<ProposalBoard>(parameters => parameters
            .Add(board => board.Items, items)
            .Add(board => board.CanAccept, canAccept)
            .Add(board => board.TaxonomySlug, "community-harms")
            .Add(board => board.TaxonomyTitle, "Community harms")
            .Add(board => board.SessionTitle, "Online harms in schools")
            .Add(board => board.Participants, 12)
            .Add(board => board.OnAccept, id => accepted.Add(id)));

    [Fact]
    public void Accepting_confirms_which_change_goes_into_which_taxonomy_on_which_tallies()
    {
        var proposal = Proposal("Add “Romance scams” under HT-4") with { Agree = 9, Disagree = 2, Pass = 1 };
        var cut = RenderBoard([Statement("Not a proposal"), proposal]);

        cut.Find($"[data-testid='proposal-accept'][data-item-id='{proposal.Id}']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='accept-change']").TextContent.ShouldBe("Add “Romance scams” under HT-4"));
        Dialogs.Find("[data-testid='accept-dialog']").TextContent.ShouldContain("the draft of “Community harms”");
        Dialogs.Find("[data-testid='accept-cause']").TextContent.ShouldContain("now 9 agree, 2 disagree, 1 pass, among 12 participants");
        accepted.ShouldBeEmpty();
        // No analysis yet, so the rule is not met: confirming takes the explicit tick.
        Dialogs.Find("input[data-testid='accept-despite-rule']").Change(true);

        Dialogs.Find("[data-testid='proposal-accept-confirm']").Click();

        cut.WaitForAssertion(() => accepted.ShouldBe([proposal.Id]));
    }

    [Fact]
    public void An_accepted_proposal_shows_the_draft_version_and_links_to_the_draft()
    {
        var proposal = Proposal("Add “Romance scams” under HT-4") with { Acceptance = new AcceptedIntoDraft(17, 9, 2, 1, "Fran", DateTimeOffset.UnixEpoch) };
        var cut = RenderBoard([proposal]);

        cut.Find("[data-testid='proposal-accepted']").GetAttribute("data-draft-version").ShouldBe("17");
        cut.Find("[data-testid='proposal-draft-link']").GetAttribute("href").ShouldBe("/curation/community-harms/draft");
        cut.FindAll("[data-testid='proposal-accept']").ShouldBeEmpty();
    }

    [Fact]
    public void Only_visible_proposals_can_be_accepted_and_only_by_those_allowed()
    {
        var pending = Proposal("Rename HT-2 to “Hate speech”", ModerationState.Pending);
        var visible = Proposal("Deprecate HT-9");

        RenderBoard([pending, visible]).FindAll("[data-testid='proposal-accept']").Select(button => button.GetAttribute("data-item-id"))
            .ShouldBe([visible.Id.ToString()]);
        RenderBoard([pending, visible], canAccept: false).FindAll("[data-testid='proposal-accept']").ShouldBeEmpty();
    }
}
