using System.Text.Json;
using HarmTaxonomy.Domain.Analysis;
using static HarmTaxonomy.Domain.Tests.Analysis.Conversations;

namespace HarmTaxonomy.Domain.Tests.Analysis;

public sealed class OpinionAnalyzerTests
{
    [Fact]
    public void Two_camps_that_disagree_on_everything_come_out_as_two_groups()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        analysis.Groups.Count.ShouldBe(2);
        var campA = Enumerable.Range(0, 20).Select(Person).ToHashSet();
        analysis.Groups.ShouldContain(group => group.Members.ToHashSet().SetEquals(campA));
        analysis.Groups.Sum(group => group.Members.Count).ShouldBe(40);
    }

    [Fact]
    public void Each_camp_is_represented_by_the_items_it_alone_agrees_with()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        foreach (var group in analysis.Groups)
        {
            var campSign = group.Members.Contains(Person(0)) ? 1 : -1;
            group.RepresentativeItems.Count.ShouldBe(5);
            foreach (var item in group.RepresentativeItems)
            {
                var number = int.Parse(item.ItemId.ToString()[^12..], System.Globalization.CultureInfo.InvariantCulture);
                var itemSign = number % 2 == 0 ? 1 : -1;
                item.Stance.ShouldBe(campSign * itemSign > 0 ? Stance.Agree : Stance.Disagree);
                item.PTest.ShouldBeGreaterThan(PolisStatistics.Z90);
                item.RTest.ShouldBeGreaterThan(PolisStatistics.Z90);
            }
        }
    }

    [Fact]
    public void A_unanimous_item_tops_consensus_and_group_informed_consensus()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        analysis.Consensus.Agree[0].ItemId.ShouldBe(Item(0));
        analysis.Items.MaxBy(item => item.GroupInformedConsensus)!.ItemId.ShouldBe(Item(0));
        analysis.Consensus.Agree.ShouldAllBe(item => item.ItemId == Item(0));
    }

    [Fact]
    public void Divisive_items_lie_far_from_the_centre_and_the_unanimous_one_near_it()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        var unanimous = analysis.FindItem(Item(0))!.Extremity;
        analysis.Items.Where(item => item.ItemId != Item(0)).ShouldAllBe(item => item.Extremity > unanimous + 0.5);
    }

    [Fact]
    public void The_same_votes_and_seed_give_the_same_result_bit_for_bit()
    {
        var first = JsonSerializer.Serialize(OpinionAnalyzer.Analyze(Random(300, 60, 25, seed: 7), Seeded(11)));
        var second = JsonSerializer.Serialize(OpinionAnalyzer.Analyze(Random(300, 60, 25, seed: 7), Seeded(11)));

        second.ShouldBe(first);
    }

    [Fact]
    public void The_seed_is_part_of_the_result()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded(1234));

        analysis.Seed.ShouldBe(1234);
        analysis.Parameters.PowerIterations.ShouldBe(100);
    }

    [Fact]
    public void A_warm_start_from_the_previous_result_finds_the_same_components()
    {
        var votes = TwoCamps();
        var cold = OpinionAnalyzer.Analyze(votes, Seeded(3));
        var warm = OpinionAnalyzer.Analyze(votes, Seeded(3), cold);

        foreach (var item in cold.Items)
        {
            var again = warm.FindItem(item.ItemId)!;
            again.First.ShouldBe(item.First, 1e-6);
        }
    }

    [Fact]
    public void Participants_with_too_few_votes_are_left_off_the_map_once_enough_others_qualify()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, 10).Select(Item));
        for (var person = 0; person < 20; person++)
        {
            for (var item = 0; item < 10; item++)
            {
                builder.Add(Person(person), Item(item), (person + item) % 3 - 1);
            }
        }

        builder.Add(Person(99), Item(0), 1);
        var analysis = OpinionAnalyzer.Analyze(builder.Build(), Seeded());

        analysis.VotesToCount.ShouldBe(7);
        analysis.Participants.Count.ShouldBe(20);
        analysis.Participants.ShouldNotContain(placement => placement.ParticipantId == Person(99));
        analysis.ParticipantCount.ShouldBe(21);
        analysis.FindItem(Item(0))!.Votes.Total.ShouldBe(21);
    }

    [Fact]
    public void In_a_small_room_the_most_active_voters_are_counted_up_to_fifteen()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, 10).Select(Item));
        for (var person = 0; person < 18; person++)
        {
            for (var item = 0; item <= person % 5; item++)
            {
                builder.Add(Person(person), Item(item), 1);
            }
        }

        var analysis = OpinionAnalyzer.Analyze(builder.Build(), Seeded());

        analysis.Participants.Count.ShouldBe(15);
        // The three left out are among those with a single vote (persons 0, 5, 10, 15 voted once).
        analysis.Participants.Select(placement => placement.ParticipantId).ShouldNotContain(Person(15));
    }

    [Fact]
    public void Community_and_language_cells_with_fewer_than_five_people_are_hidden()
    {
        var traits = Enumerable.Range(0, 40).ToDictionary(
            Person,
            person => new ParticipantTraits(person < 4 ? "small-community" : "large-community", person % 2 == 0 ? "en" : "es"));

        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded(), traits: traits);

        var unanimous = analysis.FindItem(Item(0))!;
        unanimous.ByCommunity.Single(cell => cell.Value == "small-community").IsHidden.ShouldBeTrue();
        unanimous.ByCommunity.Single(cell => cell.Value == "large-community").Votes.ShouldBe(new VoteCounts(36, 0, 0));
        unanimous.ByLanguage.Select(cell => cell.Votes!.Value.Agree).ShouldBe([20, 20]);
    }

    [Fact]
    public void Hidden_and_merged_items_are_left_out_by_building_the_matrix_without_them()
    {
        var builder = new VoteMatrixBuilder([Item(1)]);

        builder.Add(Person(1), Item(2), 1).ShouldBeFalse();
        builder.Add(Person(1), Item(1), -1).ShouldBeTrue();
        builder.Build().VoteCount.ShouldBe(1);
    }

    [Fact]
    public void A_later_vote_on_the_same_cell_replaces_the_earlier()
    {
        var builder = new VoteMatrixBuilder([Item(1)]);
        builder.Add(Person(1), Item(1), 1);
        builder.Add(Person(1), Item(1), -1);

        var analysis = OpinionAnalyzer.Analyze(builder.Build(), Seeded());

        analysis.FindItem(Item(1))!.Votes.ShouldBe(new VoteCounts(0, 1, 0));
    }

    [Fact]
    public void An_empty_conversation_gives_an_empty_analysis()
    {
        var analysis = OpinionAnalyzer.Analyze(new VoteMatrixBuilder([Item(1)]).Build(), Seeded());

        analysis.Groups.ShouldBeEmpty();
        analysis.Participants.ShouldBeEmpty();
        analysis.Consensus.Agree.ShouldBeEmpty();
        analysis.Items.Single().GroupInformedConsensus.ShouldBe(0.5);
    }

    [Fact]
    public void Everyone_voting_alike_makes_one_group()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, 8).Select(Item));
        for (var person = 0; person < 20; person++)
        {
            for (var item = 0; item < 8; item++)
            {
                builder.Add(Person(person), Item(item), 1);
            }
        }

        var analysis = OpinionAnalyzer.Analyze(builder.Build(), Seeded());

        analysis.Groups.Count.ShouldBe(1);
        analysis.Groups[0].Members.Count.ShouldBe(20);
    }
}
