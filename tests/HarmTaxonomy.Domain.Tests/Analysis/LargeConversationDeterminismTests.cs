using System.Text.Json;
using HarmTaxonomy.Benchmarks.Analysis.Generating;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Rooms;
using static HarmTaxonomy.Domain.Tests.Analysis.Conversations;

namespace HarmTaxonomy.Domain.Tests.Analysis;

/// <summary>
/// The benchmarks' 2,000 participants × 1,000 items with 200,000 votes (four camps, long-tailed participation):
/// at that size every sum in the analysis runs over thousands of terms, so any order that depended on a hash table,
/// a thread or an unseeded draw would show in the last bits of some figure.
/// </summary>
public sealed class LargeConversationDeterminismTests
{
    private static readonly AnalysisInput Conversation = SyntheticConversation.Generate(ConversationShape.Target);

    [Fact]
    public void The_same_large_conversation_and_seed_serialise_to_the_same_analysis()
    {
        var first = OpinionAnalyzer.Analyze(Conversation.ToMatrix(), Seeded(), traits: Conversation.Traits);
        var second = OpinionAnalyzer.Analyze(Conversation.ToMatrix(), Seeded(), traits: Conversation.Traits);

        first.VoteCount.ShouldBe(200_000);
        first.ParticipantCount.ShouldBe(2_000);
        first.Items.Count.ShouldBe(1_000);
        first.Groups.Count.ShouldBeGreaterThan(1);
        JsonSerializer.Serialize(second).ShouldBe(JsonSerializer.Serialize(first));
    }

    [Fact]
    public void The_order_a_room_hands_over_its_votes_in_does_not_change_the_analysis()
    {
        var reordered = Conversation with { Votes = [.. Conversation.Votes.Reverse()] };

        var given = OpinionAnalyzer.Analyze(Conversation.ToMatrix(), Seeded(), traits: Conversation.Traits);
        var reversed = OpinionAnalyzer.Analyze(reordered.ToMatrix(), Seeded(), traits: Conversation.Traits);

        JsonSerializer.Serialize(reversed).ShouldBe(JsonSerializer.Serialize(given));
    }
}
