using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Seeding;

/// <summary>
/// Scripted voters for the demo session, so a fresh install shows opinion groups at once: three camps that lean
/// differently on the statements (with some noise and some skipped cards), each voter with a self-declared community
/// and language. Deterministic, so every demo install looks the same. <c>DemoData:SessionVoters</c> sets how many.
/// </summary>
/// <remarks>
/// Seeding runs before the hosted services start, so the votes are appended as the group committer would append
/// them (one <see cref="VoteCast"/> per vote on the voter's stream), in one transaction, rather than through it.
/// </remarks>
public sealed class DemoVoters(SessionWriter writer, IDocumentStore store, TimeProvider clock)
{
    public const string ConfigurationKey = "DemoData:SessionVoters";
    public const int DefaultCount = 30;

    private static readonly string[] Communities = ["Disability advocates", "Migrant workers", "LGBTQ+ community", "Parents and carers"];

    /// <summary>Each camp's leaning per statement: +1 agree, −1 disagree, 0 pass; statement 0 (voice clones) unites everyone.</summary>
    private static readonly int[][] Leanings =
    [
        [1, 1, 1, -1, 1, 1, -1, 1, 1, 1, -1, -1],
        [1, -1, 1, 1, -1, 1, 1, -1, -1, 1, 1, 1],
        [1, 1, -1, 1, 1, -1, 1, 1, 1, -1, 1, -1],
    ];

    public async Task VoteAsync(Guid sessionId, string joinCode, IReadOnlyList<Guid> statements, int count, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var votes = new List<VoteCast>();
        for (var number = 0; number < count; number++)
        {
            var camp = Leanings[number % Leanings.Length];
            var profile = ParticipantProfile.Create($"Demo voter {number + 1}", Communities[random.Next(Communities.Length)], number % 2 == 0 ? "en" : "es", consented: true);
            var joined = await writer.JoinAsync(joinCode, profile, userId: null, cancellationToken);
            for (var index = 0; index < statements.Count; index++)
            {
                if (random.NextDouble() < 0.15)
                {
                    continue; // skipped card
                }

                var leaning = random.NextDouble() < 0.85 ? camp[index % camp.Length] : random.Next(3) - 1;
                var value = leaning switch { > 0 => VoteValue.Agree, < 0 => VoteValue.Disagree, _ => VoteValue.Pass };
                votes.Add(new VoteCast(sessionId, joined.ParticipantId, statements[index], value, $"demo-{number}-{index}", clock.GetUtcNow()));
            }
        }

        await using var session = store.LightweightSession();
        foreach (var vote in votes)
        {
            session.Events.Append(vote.ParticipantId, vote);
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
