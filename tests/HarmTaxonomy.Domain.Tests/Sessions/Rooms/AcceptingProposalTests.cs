using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Tests.Taxonomies;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Rooms;

/// <summary>Which proposals may be carried into the taxonomy, and what the room remembers once one was.</summary>
public sealed class AcceptingProposalTests
{
    private static readonly Guid Proposal = Item(4);

    [Fact]
    public void A_visible_proposal_is_accepted_with_its_current_tally()
    {
        var scenario = Given([.. InVoting(), Proposed(Proposal, AddVoiceCloning(Proposal)), Vote(Ana, Proposal, VoteValue.Agree), Vote(Ben, Proposal, VoteValue.Disagree)]);

        var (proposal, tally) = scenario.Room.ProposalToAccept(Proposal);

        proposal.Id.ShouldBe(Proposal);
        tally.ShouldBe(new ItemTally(Proposal, 1, 1, 0));
    }

    [Fact]
    public void A_statement_is_no_proposal() =>
        Should.Throw<SessionRuleException>(() => Given(InVoting()).Room.ProposalToAccept(Item(1))).ThenBreaks("itemId");

    [Fact]
    public void Hidden_and_pending_proposals_are_not_accepted()
    {
        Should.Throw<SessionRuleException>(() => Given([.. InVoting(), Proposed(Proposal, AddVoiceCloning(Proposal)), Hidden(Proposal)]).Room.ProposalToAccept(Proposal))
            .ThenBreaks("itemId", SessionRuleKind.Conflict);
        Should.Throw<SessionRuleException>(() => Given([.. InVoting(), Proposed(Proposal, AddVoiceCloning(Proposal), ModerationState.Pending)]).Room.ProposalToAccept(Proposal))
            .ThenBreaks("itemId", SessionRuleKind.Conflict);
    }

    [Fact]
    public void An_unknown_item_is_not_found() =>
        Should.Throw<SessionRuleException>(() => Given(InVoting()).Room.ProposalToAccept(Item(99))).ThenBreaks("itemId", SessionRuleKind.NotFound);

    [Fact]
    public void A_proposal_is_accepted_once()
    {
        var accepted = new ProposalAccepted(SessionId, Proposal, TaxonomyExamples.TaxonomyId, 7, [Proposal], 2, 0, 1, Facilitator, Now);
        var scenario = Given([.. InVoting(), Proposed(Proposal, AddVoiceCloning(Proposal))]);

        var change = scenario.Apply(accepted, Guid.NewGuid(), scenario.Sequence + 1);

        change.Kind.ShouldBe(RoomChangeKind.ProposalAccepted);
        change.ItemId.ShouldBe(Proposal);
        scenario.Item(Proposal).Acceptance.ShouldBe(accepted);
        Should.Throw<SessionRuleException>(() => scenario.Room.ProposalToAccept(Proposal)).ThenBreaks("itemId", SessionRuleKind.Conflict);
    }
}
