using HarmTaxonomy.Domain.Analysis;
using static HarmTaxonomy.Domain.Tests.Analysis.Conversations;

namespace HarmTaxonomy.Domain.Tests.Analysis;

/// <summary>The number of groups changes only after the same new k has won four recomputes in a row.</summary>
public sealed class GroupCountStabilityTests
{
    [Fact]
    public void A_new_winner_waits_four_consecutive_recomputes()
    {
        var votes = ThreeCamps();
        var first = OpinionAnalyzer.Analyze(votes, Seeded());
        var winner = first.GroupCount.Winner;
        // Pretend the map had shown another k until now: the winner has to win four times before it shows.
        var other = winner == 2 ? 3 : 2;
        var previous = first with { GroupCount = new GroupCountChoice(other, other, null, 0, []), Groups = [] };

        var results = new List<GroupCountChoice>();
        for (var recompute = 0; recompute < 4; recompute++)
        {
            previous = OpinionAnalyzer.Analyze(votes, Seeded(), previous);
            results.Add(previous.GroupCount);
        }

        results.Select(choice => choice.Chosen).ShouldBe([other, other, other, winner]);
        results.Take(3).Select(choice => choice.CandidateWins).ShouldBe([1, 2, 3]);
        previous.Groups.Count.ShouldBe(winner);
    }

    [Fact]
    public void The_winner_is_the_k_with_the_best_silhouette()
    {
        var analysis = OpinionAnalyzer.Analyze(ThreeCamps(), Seeded());

        analysis.GroupCount.Scores.MaxBy(score => score.Silhouette)!.K.ShouldBe(analysis.GroupCount.Winner);
        analysis.GroupCount.Chosen.ShouldBe(analysis.GroupCount.Winner);
    }

    [Fact]
    public void Group_ids_stay_with_their_camps_across_recomputes()
    {
        var votes = TwoCamps();
        var first = OpinionAnalyzer.Analyze(votes, Seeded(5));
        var second = OpinionAnalyzer.Analyze(votes, Seeded(6), first);

        foreach (var group in first.Groups)
        {
            second.Groups[group.Id].Members.ShouldBe(group.Members, ignoreOrder: true);
        }
    }

    /// <summary>Three camps of 60 with distinct vote patterns, enough base clusters to try k up to 5.</summary>
    private static VoteMatrix ThreeCamps()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, 12).Select(Item));
        var random = new Random(9);
        for (var person = 0; person < 180; person++)
        {
            var camp = person % 3;
            for (var item = 0; item < 12; item++)
            {
                var leaning = (item % 3) == camp ? 1 : -1;
                builder.Add(Person(person), Item(item), random.NextDouble() < 0.85 ? leaning : random.Next(3) - 1);
            }
        }

        return builder.Build();
    }
}
