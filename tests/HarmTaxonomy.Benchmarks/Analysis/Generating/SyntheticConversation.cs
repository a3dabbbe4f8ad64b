using System.Globalization;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Benchmarks.Analysis.Generating;

/// <summary>
/// A conversation of exactly the given shape, as a room hands it to the analysis (<see cref="AnalysisInput"/>): who
/// votes on what from <see cref="Participation"/>, how from <see cref="OpinionCamps"/>, self-declared communities
/// (leaning with the camps) and languages, and the votes in shuffled order, as a room's ledger gives them. The same
/// shape (seed included) gives the same conversation, ids included.
/// </summary>
public static class SyntheticConversation
{
    private static readonly string[] Communities = ["coast", "hills", "city", "valley", "islands"];

    private static readonly (double Share, string Language)[] Languages = [(0.60, "en"), (0.25, "es"), (0.10, "fr")];

    public static AnalysisInput Generate(ConversationShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var random = new Random(shape.Seed);
        var participants = Enumerable.Range(0, shape.Participants).Select(_ => random.Id()).ToArray();
        var items = Enumerable.Range(0, shape.Items).Select(_ => random.Id()).ToArray();
        var camps = OpinionCamps.Draw(shape.Participants, shape.Items, random);
        var chosen = Participation.Choose(shape, random);

        var votes = new List<(Guid ParticipantId, Guid ItemId, VoteValue Value)>(shape.Votes);
        for (var participant = 0; participant < chosen.Length; participant++)
        {
            foreach (var item in chosen[participant])
            {
                var value = camps.Vote(participant, item, random) switch
                {
                    > 0 => VoteValue.Agree,
                    < 0 => VoteValue.Disagree,
                    _ => VoteValue.Pass,
                };
                votes.Add((participants[participant], items[item], value));
            }
        }

        random.Shuffle(votes);
        var traits = new Dictionary<Guid, ParticipantTraits>(shape.Participants);
        for (var participant = 0; participant < participants.Length; participant++)
        {
            traits[participants[participant]] = Traits(camps.CampOf[participant], random);
        }

        var input = new AnalysisInput(random.Id(), items, votes, traits, shape.Votes, shape.Votes);
        Verify(input, shape);
        return input;
    }

    /// <summary>Sizes, camps and how long-tailed participation came out, for the benchmark log.</summary>
    public static string Describe(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var perParticipant = input.Votes.CountBy(vote => vote.ParticipantId).Select(entry => entry.Value).Order().ToArray();
        var perItem = input.Votes.CountBy(vote => vote.ItemId).Select(entry => entry.Value).Order().ToArray();
        var values = input.Votes.CountBy(vote => vote.Value).OrderBy(entry => entry.Key).Select(entry => $"{entry.Key} {entry.Value:N0}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{perParticipant.Length:N0} participants, {perItem.Length:N0} items, {input.Votes.Count:N0} votes ({string.Join(", ", values)}); " +
            $"votes per participant: median {Quantile(perParticipant, 0.5)}, 90th percentile {Quantile(perParticipant, 0.9)}, " +
            $"max {perParticipant[^1]}, {perParticipant.Count(count => count < 7):N0} with fewer than 7; " +
            $"votes per item: min {perItem[0]}, median {Quantile(perItem, 0.5)}, max {perItem[^1]}");
    }

    private static ParticipantTraits Traits(int camp, Random random)
    {
        // A quarter declare no community; the rest mostly one of three next to their camp's, so communities and camps overlap without coinciding.
        var community = random.NextDouble() < 0.25
            ? null
            : Communities[random.NextDouble() < 0.7 ? (camp + random.Next(3)) % Communities.Length : random.Next(Communities.Length)];
        var draw = random.NextDouble();
        string? language = null;
        foreach (var (share, code) in Languages)
        {
            draw -= share;
            if (draw < 0)
            {
                language = code;
                break;
            }
        }

        return new ParticipantTraits(community, language);
    }

    private static void Verify(AnalysisInput input, ConversationShape shape)
    {
        var participants = input.Votes.Select(vote => vote.ParticipantId).Distinct().Count();
        var items = input.Votes.Select(vote => vote.ItemId).Distinct().Count();
        var cells = input.Votes.Select(vote => (vote.ParticipantId, vote.ItemId)).Distinct().Count();
        if (participants != shape.Participants || items != shape.Items || input.Votes.Count != shape.Votes || cells != shape.Votes)
        {
            throw new InvalidOperationException(
                $"Generated {participants} participants, {items} items, {input.Votes.Count} votes on {cells} cells instead of {shape}.");
        }
    }

    private static int Quantile(int[] sorted, double share) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(share * sorted.Length))];
}
