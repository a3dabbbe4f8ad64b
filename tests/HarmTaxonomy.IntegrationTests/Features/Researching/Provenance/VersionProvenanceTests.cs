using System.Net;
using System.Text;
using System.Text.Json;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.IntegrationTests.Features.Sessions;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Researching.Provenance;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Researching.Provenance;

/// <summary>
/// A session's proposal is voted on, accepted and published: the version's provenance names the session, its figures
/// and the rule evidence, to anyone and without a token, and never who took part.
/// </summary>
public sealed class VersionProvenanceTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_published_version_shows_anyone_the_sessions_votes_and_rule_evidence_behind_it_and_no_participant()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var opened = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(opened.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, opened.JoinCode, "Ana Participant");
        await using var bo = await LiveParticipant.JoinAsync(app, opened.JoinCode, "Bo Participant");
        var rename = await ProposeAsync(ana, new ProposalInput("rename", Name: "Scams", CategoryId: fraud));
        var later = await ProposeAsync(bo, new ProposalInput("add", Name: "Voice cloning", Definition: "Synthetic voices used to deceive.", ParentId: fraud));
        await facilitator.PhaseAsync(opened.Id, "voting");
        (await ana.CastVoteAsync(rename, "agree")).ShouldBeRecorded();
        (await bo.CastVoteAsync(rename, "agree")).ShouldBeRecorded();
        (await ana.CastVoteAsync(later, "pass")).ShouldBeRecorded();
        await ana.NextAsync(SessionHubEvents.AnalysisUpdated, update => update.GetProperty("votes").GetInt32() == 3);

        await AcceptAsync(facilitator, opened.Id, rename);
        var published = await facilitator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/versions", new { version = "1.0.0", changelog = "First release." });
        published.StatusCode.ShouldBe(HttpStatusCode.Created, await published.Content.ReadAsStringAsync());
        // Accepted after the release: the next version's, not this one's.
        await AcceptAsync(facilitator, opened.Id, later);
        var room = await app.Services.GetRequiredService<SessionRooms>().GetAsync(opened.Id, default);
        var voiceCloning = room!.Read(state => state.FindItem(later)!.Change!.NewCategoryId);

        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ProvenanceQueries>();
        var provenance = (await queries.ForVersionAsync(slug, "1.0.0", default)).ShouldNotBeNull();
        var session = provenance.Sessions.ShouldHaveSingleItem();
        session.SessionId.ShouldBe(opened.Id);
        session.Title.ShouldBe("Naming harms together");
        session.ParticipantsCounted.ShouldBe(2);
        session.Votes.ShouldBe(3);
        session.Seed.ShouldBe(AnalysisWorker.SeedOf(opened.Id));
        session.Parameters.ShouldNotBeNull().Seed.ShouldBe(AnalysisWorker.SeedOf(opened.Id));
        session.AnalysedAt.ShouldNotBeNull();
        session.ProposalsAccepted.ShouldBe(1);
        var adoption = provenance.Adoptions.ShouldHaveSingleItem();
        adoption.Cause.ProposalId.ShouldBe(rename);
        (adoption.Cause.Agree, adoption.Cause.Disagree, adoption.Cause.Pass).ShouldBe((2, 0, 0));
        adoption.Categories.ShouldBe([fraud]);
        var evidence = adoption.Cause.Rule.ShouldNotBeNull();
        evidence.Met.ShouldBeFalse();
        evidence.Analysis.ShouldNotBeNull().Seed.ShouldBe(AnalysisWorker.SeedOf(opened.Id));
        provenance.Rule.IsDefault.ShouldBeTrue();
        provenance.Curators.ShouldNotBeEmpty();
        (await queries.ForCategoryAsync(slug, fraud, default)).ShouldHaveSingleItem().Cause.ProposalId.ShouldBe(rename);
        (await queries.ForCategoryAsync(slug, voiceCloning, default)).ShouldBeEmpty();

        var anonymous = await app.CreateClient().GetAsync($"{TaxonomyApiCaller.Route}/{slug}/versions/1.0.0/sessions");
        var text = await anonymous.Content.ReadAsStringAsync();
        anonymous.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("slug").GetString().ShouldBe(slug);
        body.GetProperty("version").GetString().ShouldBe("1.0.0");
        body.GetProperty("rule").GetProperty("minGroupSize").GetInt32().ShouldBe(5);
        var sessionBody = body.GetProperty("sessions").EnumerateArray().ShouldHaveSingleItem();
        sessionBody.GetProperty("participantsCounted").GetInt32().ShouldBe(2);
        sessionBody.GetProperty("votes").GetInt32().ShouldBe(3);
        sessionBody.GetProperty("seed").GetInt32().ShouldBe(AnalysisWorker.SeedOf(opened.Id));
        var proposal = sessionBody.GetProperty("proposals").EnumerateArray().ShouldHaveSingleItem();
        proposal.GetProperty("proposalId").GetGuid().ShouldBe(rename);
        proposal.GetProperty("agree").GetInt32().ShouldBe(2);
        proposal.GetProperty("participants").GetInt32().ShouldBe(adoption.Cause.Participants);
        proposal.GetProperty("ruleMet").GetBoolean().ShouldBeFalse();
        proposal.GetProperty("shortfalls").GetArrayLength().ShouldBeGreaterThan(0);
        var withToken = await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/versions/1.0.0/sessions");
        withToken.StatusCode.ShouldBe(HttpStatusCode.OK);

        var bundled = Encoding.UTF8.GetString(ProvenanceJson.Serialize(provenance));
        foreach (var document in new[] { text, bundled })
        {
            document.ShouldNotContain(ana.ParticipantId.ToString(), Case.Insensitive);
            document.ShouldNotContain(bo.ParticipantId.ToString(), Case.Insensitive);
            document.ShouldNotContain("Ana Participant");
            document.ShouldNotContain("Bo Participant");
            document.ShouldNotContain(facilitator.OwnerId.ToString(), Case.Insensitive);
        }
    }

    [Fact]
    public async Task A_ledger_that_missed_the_start_of_its_taxonomy_is_rebuilt_from_the_stream()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var opened = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(opened.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, opened.JoinCode, "Ana Participant");
        var rename = await ProposeAsync(ana, new ProposalInput("rename", Name: "Scams", CategoryId: fraud));
        await facilitator.PhaseAsync(opened.Id, "voting");
        (await ana.CastVoteAsync(rename, "agree")).ShouldBeRecorded();
        await AcceptAsync(facilitator, opened.Id, rename);
        (await facilitator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/versions", new { version = "1.0.0" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var taxonomyId = (await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}")).JsonAsync()).GetProperty("id").GetGuid();

        // As on a database whose taxonomy was written before the projection existed: the ledger starts with the next event.
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Delete<ProvenanceLedger>(taxonomyId);
            await session.SaveChangesAsync();
        }

        (await facilitator.SendAsync(HttpMethod.Put, $"{TaxonomyApiCaller.Route}/{slug}/acceptance-rule", new { minGroupInformedConsensus = 0.3, minGroupAgreement = 0.5, minGroupSize = 3 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var query = store.QuerySession())
        {
            (await query.LoadAsync<ProvenanceLedger>(taxonomyId)).ShouldNotBeNull().IsComplete.ShouldBeFalse();
        }

        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ProvenanceQueries>();
        var provenance = (await queries.ForVersionAsync(slug, "1.0.0", default)).ShouldNotBeNull();
        provenance.Adoptions.ShouldHaveSingleItem().Cause.ProposalId.ShouldBe(rename);
        provenance.Sessions.ShouldHaveSingleItem().SessionId.ShouldBe(opened.Id);
        provenance.Rule.IsDefault.ShouldBeTrue();
        (await queries.ForCategoryAsync(slug, fraud, default)).ShouldHaveSingleItem().Cause.ProposalId.ShouldBe(rename);

        // Events after the first fold are folded on the next read.
        (await facilitator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/draft/categories", new { language = "en", label = "Spam", definition = "Unwanted bulk messages." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await facilitator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/versions", new { version = "1.1.0" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var next = (await queries.ForVersionAsync(slug, "1.1.0", default)).ShouldNotBeNull();
        next.Rule.ShouldBe(new TaxonomyAcceptanceRule(0.3, 0.5, 3, IsDefault: false));
        next.Adoptions.ShouldHaveSingleItem().Cause.ProposalId.ShouldBe(rename);
    }

    [Fact]
    public async Task Unknown_versions_list_the_published_ones_and_unknown_taxonomies_are_not_found_without_a_token()
    {
        var curator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, _) = await curator.CreateTaxonomyAsync();
        var anonymous = app.CreateClient();
        var beforeAnyRelease = await anonymous.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/versions/1.0.0/sessions");
        (await curator.PostAsync($"{TaxonomyApiCaller.Route}/{slug}/versions", new { version = "1.0.0" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var unknownVersion = await anonymous.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/versions/9.9.9/sessions");
        var unknownTaxonomy = await anonymous.GetAsync($"{TaxonomyApiCaller.Route}/no-such-taxonomy/versions/1.0.0/sessions");
        var withoutSessions = await anonymous.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/versions/1.0.0/sessions");

        beforeAnyRelease.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await beforeAnyRelease.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("none yet");
        unknownVersion.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await unknownVersion.ProblemAsync();
        problem.GetProperty("title").GetString().ShouldBe("Version not found");
        problem.GetProperty("detail").GetString().ShouldBe($"{slug} has no version '9.9.9'. Versions: 1.0.0.");
        unknownTaxonomy.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknownTaxonomy.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Taxonomy not found");
        withoutSessions.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await withoutSessions.JsonAsync();
        body.GetProperty("sessions").GetArrayLength().ShouldBe(0);
        body.GetProperty("curators").GetArrayLength().ShouldBe(1);
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ProvenanceQueries>().ForVersionAsync(slug, "9.9.9", default)).ShouldBeNull();
    }

    private static async Task<Guid> ProposeAsync(LiveParticipant participant, ProposalInput input) =>
        (await participant.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Propose), input)).GetProperty("id").GetGuid();

    private static async Task AcceptAsync(SessionApiCaller facilitator, Guid sessionId, Guid proposalId)
    {
        var accepted = await facilitator.PostAsync($"{SessionApiCaller.Route}/{sessionId}/proposals/{proposalId}/accept");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
    }
}
