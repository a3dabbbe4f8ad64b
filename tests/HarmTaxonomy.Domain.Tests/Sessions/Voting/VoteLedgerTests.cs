using HarmTaxonomy.Domain.Sessions.Voting;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;

namespace HarmTaxonomy.Domain.Tests.Sessions.Voting;

/// <summary>How votes count: one current vote per participant and item, the latest by sequence, merged duplicates following their survivor.</summary>
public sealed class VoteLedgerTests
{
    private static readonly Guid Survivor = Item(1);
    private static readonly Guid Duplicate = Item(2);
    private static readonly Guid Third = Item(3);

    private readonly VoteLedger ledger = new();

    [Fact]
    public void Each_participant_counts_once_per_item_with_their_latest_vote()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 1).ShouldBe(Survivor);
        ledger.Count(Vote(Ben, Survivor, VoteValue.Pass), 2);
        ledger.Count(Vote(Ana, Survivor, VoteValue.Disagree), 3).ShouldBe(Survivor);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 0, 1, 1));
        ledger.VoteOf(Ana, Survivor).ShouldBe(VoteValue.Disagree);
        ledger.Recorded.ShouldBe(3);
        ledger.Counted.ShouldBe(2);
    }

    [Fact]
    public void An_older_vote_arriving_late_is_recorded_but_changes_no_tally()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Disagree, "newer"), 9);

        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree, "older"), 4).ShouldBeNull();

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 0, 1, 0));
        ledger.Recorded.ShouldBe(2);
        ledger.ReceiptFor(Ana, "older").ShouldBe(new VoteReceipt(Survivor, VoteValue.Agree), "its retry is still recognised");
    }

    [Fact]
    public void A_receipt_remembers_the_first_vote_sent_with_a_client_vote_id()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree, "v1"), 1);
        ledger.Count(Vote(Ana, Survivor, VoteValue.Pass, "v1"), 2);

        ledger.ReceiptFor(Ana, "v1").ShouldBe(new VoteReceipt(Survivor, VoteValue.Agree));
        ledger.ReceiptFor(Ben, "v1").ShouldBeNull();
    }

    [Fact]
    public void A_merged_duplicate_votes_stay_recorded_and_count_for_the_survivor()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 1);
        ledger.Count(Vote(Ben, Duplicate, VoteValue.Disagree), 2);
        ledger.Count(Vote(Cy, Duplicate, VoteValue.Pass), 3);

        ledger.Merge(Duplicate, Survivor).ShouldBe([Duplicate, Survivor]);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 1, 1, 1));
        ledger.TallyOf(Duplicate).ShouldBe(new ItemTally(Survivor, 1, 1, 1), "a duplicate's tally is its survivor's");
        ledger.Resolve(Duplicate).ShouldBe(Survivor);
        ledger.Recorded.ShouldBe(3);
        ledger.Counted.ShouldBe(3);
        ledger.ItemsVotedBy(Ben).ShouldBe([Survivor]);
    }

    [Fact]
    public void Who_voted_on_both_counts_once_with_the_later_vote_when_the_duplicate_vote_is_later()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 1);
        ledger.Count(Vote(Ana, Duplicate, VoteValue.Disagree), 2);

        ledger.Merge(Duplicate, Survivor);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 0, 1, 0));
        ledger.VoteOf(Ana, Survivor).ShouldBe(VoteValue.Disagree);
        ledger.Counted.ShouldBe(1);
        ledger.ItemsVotedBy(Ana).ShouldBe([Survivor]);
        ledger.CountVotedBy(Ana).ShouldBe(1);
    }

    [Fact]
    public void Who_voted_on_both_counts_once_with_the_later_vote_when_the_survivor_vote_is_later()
    {
        ledger.Count(Vote(Ana, Duplicate, VoteValue.Disagree), 1);
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 2);

        ledger.Merge(Duplicate, Survivor);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 1, 0, 0));
        ledger.VoteOf(Ana, Survivor).ShouldBe(VoteValue.Agree);
        ledger.Counted.ShouldBe(1);
        ledger.ItemsVotedBy(Ana).ShouldBe([Survivor]);
        ledger.CountVotedBy(Ana).ShouldBe(1);
    }

    [Fact]
    public void Merges_chain_so_votes_follow_the_last_survivor()
    {
        ledger.Count(Vote(Ana, Duplicate, VoteValue.Agree), 1);
        ledger.Count(Vote(Ben, Survivor, VoteValue.Disagree), 2);
        ledger.Count(Vote(Cy, Third, VoteValue.Pass), 3);

        ledger.Merge(Duplicate, Survivor);
        ledger.Merge(Survivor, Third).ShouldBe([Survivor, Third]);

        ledger.Resolve(Duplicate).ShouldBe(Third);
        ledger.TallyOf(Third).ShouldBe(new ItemTally(Third, 1, 1, 1));
        ledger.TallyOf(Duplicate).ShouldBe(new ItemTally(Third, 1, 1, 1));
        ledger.VoteOf(Ana, Duplicate).ShouldBe(VoteValue.Agree);
    }

    [Fact]
    public void Merging_into_an_item_already_merged_away_goes_to_its_survivor()
    {
        ledger.Count(Vote(Ana, Third, VoteValue.Agree), 1);
        ledger.Merge(Duplicate, Survivor);

        ledger.Merge(Third, Duplicate).ShouldBe([Third, Survivor]);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 1, 0, 0));
    }

    [Fact]
    public void Merging_an_item_into_itself_or_its_own_survivor_changes_nothing()
    {
        ledger.Count(Vote(Ana, Duplicate, VoteValue.Agree), 1);
        ledger.Merge(Duplicate, Survivor);

        ledger.Merge(Survivor, Survivor).ShouldBeEmpty();
        ledger.Merge(Duplicate, Survivor).ShouldBeEmpty();

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 1, 0, 0));
    }

    [Fact]
    public void A_vote_on_a_duplicate_arriving_after_the_merge_counts_for_the_survivor()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 1);
        ledger.Merge(Duplicate, Survivor);

        ledger.Count(Vote(Ana, Duplicate, VoteValue.Pass), 5).ShouldBe(Survivor);

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 0, 0, 1));
    }

    [Fact]
    public void An_older_vote_on_a_duplicate_arriving_after_the_merge_is_ignored()
    {
        ledger.Count(Vote(Ana, Survivor, VoteValue.Agree), 8);
        ledger.Merge(Duplicate, Survivor);

        ledger.Count(Vote(Ana, Duplicate, VoteValue.Disagree), 3).ShouldBeNull();

        ledger.TallyOf(Survivor).ShouldBe(new ItemTally(Survivor, 1, 0, 0));
        ledger.Recorded.ShouldBe(2);
    }

    [Fact]
    public void Nobody_voted_means_an_empty_tally() => ledger.TallyOf(Third).ShouldBe(new ItemTally(Third, 0, 0, 0));
}
