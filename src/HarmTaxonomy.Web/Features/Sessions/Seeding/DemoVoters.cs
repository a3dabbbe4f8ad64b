using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.Seeding;

/// <summary>
/// Scripted voters for the demo session, so a fresh install shows opinion groups at once: three camps that lean
/// differently on the statements (with some noise and some skipped cards), each voter with a self-declared community
/// and language. Deterministic, so every demo install looks the same. <c>DemoData:SessionVoters</c> sets how many.
/// </summary>
public sealed class DemoVoters(SessionWriter writer, SessionVoting voting, IOptions<LiveSessionOptions> options)
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
        for (var number = 0; number < count; number++)
        {
            var camp = Leanings[number % Leanings.Length];
            var profile = ParticipantProfile.Create($"Demo voter {number + 1}", Communities[random.Next(Communities.Length)], number % 2 == 0 ? "en" : "es", consented: true);
            var joined = await writer.JoinAsync(joinCode, profile, userId: null, cancellationToken);
            var votes = statements.Select((statement, index) => (statement, index))
                .Where(_ => random.NextDouble() > 0.15)
                .Select(card => (card.statement, Value: random.NextDouble() < 0.85 ? camp[card.index % camp.Length] : random.Next(3) - 1))
                // Within the per-participant flood limit, so no demo vote is refused.
                .Take(options.Value.VotesPerSecondPerParticipant)
                .ToList();
            // One participant's votes are sent together, as a phone would send them in quick succession.
            await Task.WhenAll(votes.Select(vote => voting.CastAsync(
                sessionId, joined.ParticipantId, vote.statement, vote.Value switch { > 0 => "agree", < 0 => "disagree", _ => "pass" }, $"demo-{number}-{vote.statement:N}", cancellationToken)));
        }
    }
}
