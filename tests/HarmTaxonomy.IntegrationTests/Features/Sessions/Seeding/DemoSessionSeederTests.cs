using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Sessions.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Seeding;

/// <summary>A fresh install's demo session comes with scripted voters, so its opinion groups show at once.</summary>
public sealed class DemoSessionSeederTests(DemoTaxonomySeederTests.DemoApp app) : IClassFixture<DemoTaxonomySeederTests.DemoApp>
{
    [Fact]
    public async Task The_demo_session_has_voters_in_camps_and_an_analysis_with_several_groups()
    {
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var demo = await query.Query<SessionSummary>().SingleAsync(summary => summary.JoinCode == DemoSessionSeeder.JoinCode);
        var room = (await app.Services.GetRequiredService<SessionRooms>().GetAsync(demo.Id, default)).ShouldNotBeNull();

        room.Read(state => state.Participants.Count).ShouldBe(DemoVoters.DefaultCount);
        room.Read(state => state.Participants.All(participant => participant.Community is not null && participant.Language is not null)).ShouldBeTrue();
        room.Read(state => state.Votes.Counted).ShouldBeGreaterThan(DemoVoters.DefaultCount * 8);
        room.Read(state => state.Participants.Select(participant => state.Votes.CountVotedBy(participant.Id)).Min()).ShouldBeGreaterThanOrEqualTo(7);

        var analyses = app.Services.GetRequiredService<SessionAnalyses>();
        var analysis = await EventuallyAsync(() => analyses.GetAsync(demo.Id, default));
        analysis.Analysis.Groups.Count.ShouldBeGreaterThanOrEqualTo(2);
        analysis.Analysis.Participants.Count.ShouldBe(DemoVoters.DefaultCount);
    }

    private static async Task<SessionAnalysis> EventuallyAsync(Func<Task<SessionAnalysis?>> read)
    {
        var deadline = DateTimeOffset.UtcNow + LiveParticipant.Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await read() is { } analysis)
            {
                return analysis;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The demo session was not analysed in time.");
    }
}
