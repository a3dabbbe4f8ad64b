using System.Net;
using System.Text.Json;
using HarmTaxonomy.IntegrationTests.Features.Sessions;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>
/// A category renamed by a session's accepted proposal and then published: its public page tells anyone the session,
/// the proposal, the votes and how it stood against the rule, and never who took part.
/// </summary>
public sealed class CategoryProvenancePageTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_category_shaped_by_a_session_shows_its_provenance_to_anyone_without_naming_participants()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var opened = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(opened.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, opened.JoinCode, "Ana Participant");
        await using var bo = await LiveParticipant.JoinAsync(app, opened.JoinCode, "Bo Participant");
        var rename = (await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Propose), new ProposalInput("rename", Name: "Scams", CategoryId: fraud)))
            .GetProperty("id").GetGuid();
        await facilitator.PhaseAsync(opened.Id, "voting");
        (await ana.CastVoteAsync(rename, "agree")).ShouldBeRecorded();
        (await bo.CastVoteAsync(rename, "agree")).ShouldBeRecorded();
        await ana.NextAsync(SessionHubEvents.AnalysisUpdated, update => update.GetProperty("votes").GetInt32() == 2);
        var accepted = await facilitator.PostAsync($"{SessionApiCaller.Route}/{opened.Id}/proposals/{rename}/accept");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var published = await facilitator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/versions", new { version = "1.0.0", changelog = "First release." });
        published.StatusCode.ShouldBe(HttpStatusCode.Created, await published.Content.ReadAsStringAsync());

        using var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync($"/taxonomies/{slug}/categories/{fraud}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("data-testid=\"provenance-record\"");
        html.ShouldContain("Naming harms together");
        html.ShouldContain("2 agree · 0 disagree · 0 pass");
        html.ShouldContain("data-met=\"false\"");
        html.ShouldContain("data-testid=\"provenance-shortfalls\"");
        html.ShouldNotContain("Ana Participant");
        html.ShouldNotContain("Bo Participant");
        html.ShouldNotContain(ana.ParticipantId.ToString(), Case.Insensitive);
    }
}
