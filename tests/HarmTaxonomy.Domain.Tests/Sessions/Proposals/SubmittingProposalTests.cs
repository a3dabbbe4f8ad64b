using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Running;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Proposals;

public sealed class SubmittingProposalTests
{
    private const string Description = "Add “Voice cloning” under HT-3 “Fraud”";

    [Fact]
    public void A_proposal_in_a_session_language_is_voteable_like_a_statement()
    {
        var scenario = Given(InProposing());
        var change = AddVoiceCloning(Item(1), "es");

        var proposed = scenario.WhenApplied((room, at) => room.DecideProposal(Item(1), change, Description, AnaActor, false, at));

        proposed.Change.ShouldBe(change);
        proposed.Text.ShouldBe(Description);
        proposed.State.ShouldBe(ModerationState.Accepted);
        var item = scenario.Item(Item(1));
        item.Kind.ShouldBe(ItemKind.Proposal);
        item.Change.ShouldBe(change);
        item.IsVoteable.ShouldBeTrue();
    }

    [Fact]
    public void A_proposal_must_be_in_one_of_the_session_languages() =>
        Given(InProposing()).WhenRefused((room, at) => room.DecideProposal(Item(1), AddVoiceCloning(Item(1), "fr"), Description, AnaActor, false, at))
            .ThenBreaks("language").Message.ShouldContain("en, es");

    [Fact]
    public void A_rationale_of_up_to_two_thousand_characters_is_taken()
    {
        var change = AddVoiceCloning(Item(1)) with { Rationale = new string('r', ProposedChange.MaxRationale) };

        Given(InProposing()).When((room, at) => room.DecideProposal(Item(1), change, Description, AnaActor, false, at)).Change.Rationale!.Length.ShouldBe(2_000);
    }

    [Fact]
    public void A_longer_rationale_is_refused()
    {
        var change = AddVoiceCloning(Item(1)) with { Rationale = new string('r', ProposedChange.MaxRationale + 1) };

        Given(InProposing()).WhenRefused((room, at) => room.DecideProposal(Item(1), change, Description, AnaActor, false, at)).ThenBreaks("rationale");
    }

    [Fact]
    public void The_same_proposal_twice_is_refused() =>
        Given([.. InProposing(), Proposed(Item(1), AddVoiceCloning(Item(1)), text: Description)])
            .WhenRefused((room, at) => room.DecideProposal(Item(2), AddVoiceCloning(Item(2)), Description, BenActor, false, at))
            .ThenBreaks("text", SessionRuleKind.Conflict);

    [Fact]
    public void A_participant_proposal_waits_for_a_moderator_when_the_session_premoderates() =>
        Given(InProposing(preModerate: true)).When((room, at) => room.DecideProposal(Item(1), AddVoiceCloning(Item(1)), Description, AnaActor, false, at))
            .State.ShouldBe(ModerationState.Pending);

    [Fact]
    public void A_participant_cannot_propose_while_voting() =>
        Given([.. InProposing(), Phase(SessionPhase.Voting)])
            .WhenRefused((room, at) => room.DecideProposal(Item(1), AddVoiceCloning(Item(1)), Description, AnaActor, false, at))
            .ThenBreaks("phase", SessionRuleKind.Conflict);

    [Fact]
    public void A_facilitator_proposes_in_any_open_phase_accepted_at_once() =>
        Given(Opened(preModerate: true), Phase(SessionPhase.Voting))
            .When((room, at) => room.DecideProposal(Item(1), AddVoiceCloning(Item(1)), Description, Facilitator, true, at))
            .State.ShouldBe(ModerationState.Accepted);

    [Theory]
    [InlineData("add", ProposalKind.AddCategory)]
    [InlineData(" Rename ", ProposalKind.Rename)]
    [InlineData("SPLIT", ProposalKind.Split)]
    public void Proposal_kinds_are_read_as_written(string written, ProposalKind kind)
    {
        ProposalKinds.Parse(written).ShouldBe(kind);
        ProposalKinds.Parse(kind.ToValue()).ShouldBe(kind);
    }

    [Fact]
    public void Add_category_is_written_add_and_other_words_are_no_kind()
    {
        ProposalKind.AddCategory.ToValue().ShouldBe("add");
        ProposalKinds.Parse("addcategory").ShouldBeNull();
        ProposalKinds.Parse(null).ShouldBeNull();
    }
}
