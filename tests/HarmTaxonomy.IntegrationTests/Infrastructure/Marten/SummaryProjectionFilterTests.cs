using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Marten;

/// <summary>
/// The session summary projection is told which events it reads (so vote batches do not load summaries for every
/// participant stream): it must still follow each of them, and leave no document behind for other streams.
/// </summary>
public sealed class SummaryProjectionFilterTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly SessionActor Facilitator = new(Guid.CreateVersion7().ToString(), "Fay Facilitator");

    [Fact]
    public async Task Session_summary_follows_opening_phases_facilitators_and_closing_while_votes_leave_it_alone()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var sessionId = Guid.CreateVersion7();
        var participantId = Guid.CreateVersion7();
        var helper = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow;

        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<SessionSummary>(sessionId, new SessionOpened(
                sessionId, Guid.CreateVersion7(), "filter-test", "Filters", "", ["en"], new SessionSettings(true, false, false), "FLTR22", Facilitator, at));
            await session.SaveChangesAsync();
        }

        await using (var session = store.LightweightSession())
        {
            session.Events.Append(sessionId, new SessionPhaseChanged(sessionId, SessionPhase.Draft, SessionPhase.Voting, null, Facilitator, at));
            session.Events.Append(sessionId, new FacilitatorAdded(sessionId, helper, "Hal Helper", Facilitator, at));
            session.Events.StartStream(participantId, new VoteCast(sessionId, participantId, Guid.CreateVersion7(), VoteValue.Agree, "vote-1", at));
            await session.SaveChangesAsync();
        }

        await using (var query = store.QuerySession())
        {
            var voting = await query.LoadAsync<SessionSummary>(sessionId);
            voting.ShouldNotBeNull().Phase.ShouldBe(SessionPhase.Voting);
            voting.Facilitators.ShouldContain(helper);
            (await query.LoadAsync<SessionSummary>(participantId)).ShouldBeNull();
        }

        await using (var session = store.LightweightSession())
        {
            session.Events.Append(sessionId, new SessionClosed(sessionId, SessionPhase.Voting, "Done.", Facilitator, at));
            await session.SaveChangesAsync();
        }

        await using var closedQuery = store.QuerySession();
        var closed = (await closedQuery.LoadAsync<SessionSummary>(sessionId)).ShouldNotBeNull();
        closed.Phase.ShouldBe(SessionPhase.Closed);
        closed.ClosedAt.ShouldNotBeNull();
    }
}
