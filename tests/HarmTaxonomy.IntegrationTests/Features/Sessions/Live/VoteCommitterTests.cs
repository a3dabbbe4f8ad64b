using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Live;

/// <summary>
/// The group committer writes on connections of its own (kept from batch to batch): what it acknowledges is in the
/// event store and in the live room, batch after batch, and a retry is answered as the vote it repeats.
/// </summary>
public sealed class VoteCommitterTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly SessionActor Facilitator = new(Guid.CreateVersion7().ToString(), "Fay Facilitator");

    [Fact]
    public async Task Acknowledged_votes_of_successive_batches_are_durable_and_counted_once()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<SessionWriter>();
        var voting = app.Services.GetRequiredService<SessionVoting>();
        var taxonomyId = Guid.CreateVersion7();
        var slug = $"votes-{taxonomyId:N}";
        await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>()
            .CreateAsync(new CreateTaxonomy(taxonomyId, slug, "Votes", "", null, ["en"]), new Actor("curator-1", "Cora Curator"), default);
        var session = await writer.OpenAsync(slug, new OpenSession("Votes", "", ["en"], new SessionSettings(true, false, false)), Facilitator, default);
        var items = new List<Guid>();
        for (var index = 1; index <= 3; index++)
        {
            items.Add(await writer.SubmitStatementAsync(session.Id, $"Statement {index}", Facilitator, moderator: true, default));
        }

        await writer.ChangePhaseAsync(session.Id, "voting", null, Facilitator, default);
        var voters = new List<Guid>();
        for (var index = 1; index <= 4; index++)
        {
            voters.Add((await writer.JoinAsync(session.JoinCode, ParticipantProfile.Create($"Voter {index}", null, null, false), null, default)).ParticipantId);
        }

        // Three waves, each sent at once: each wave is one or more batches, every later one on a connection used before.
        foreach (var item in items)
        {
            var acks = await Task.WhenAll(voters.Select(voter => voting.CastAsync(session.Id, voter, item, "agree", $"{voter:N}-{items.IndexOf(item)}", default)));
            acks.ShouldAllBe(ack => ack.Accepted && !ack.Duplicate);
        }

        var retry = await voting.CastAsync(session.Id, voters[0], items[0], "agree", $"{voters[0]:N}-0", default);

        retry.ShouldBe(VoteAck.Repeated);
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await query.Events.QueryRawEventDataOnly<VoteCast>().Where(vote => vote.SessionId == session.Id).ToListAsync();
        stored.Count.ShouldBe(12);
        var room = (await app.Services.GetRequiredService<SessionRooms>().GetAsync(session.Id, default)).ShouldNotBeNull();
        room.Read(state => state.Votes.Counted).ShouldBe(12);
        room.Read(state => items.Select(item => state.TallyOf(item).Agree).ToList()).ShouldAllBe(agree => agree == 4);
    }
}
