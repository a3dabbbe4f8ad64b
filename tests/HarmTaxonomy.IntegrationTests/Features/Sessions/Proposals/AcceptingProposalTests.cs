using System.Net;
using System.Text.Json;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Proposals;

/// <summary>A participant proposes a category, the room votes, the facilitator accepts it into the taxonomy draft with its cause.</summary>
public sealed class AcceptingProposalTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task An_accepted_proposal_adds_its_category_to_the_draft_with_the_session_as_its_cause()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var session = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(session.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");
        var draftBefore = await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}")).JsonAsync();

        var proposed = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Propose), new ProposalInput(
            "add", Name: "Voice cloning", Definition: "Synthetic voices of real people used to deceive.", Examples: ["A cloned voice asks grandma for money"],
            Modalities: ["audio"], ParentId: fraud, Rationale: "We meet it weekly."));
        var proposalId = proposed.GetProperty("id").GetGuid();
        var added = await ben.NextAsync(SessionHubEvents.ItemAdded, item => item.GetProperty("id").GetGuid() == proposalId);
        await facilitator.PhaseAsync(session.Id, "voting");
        (await ana.CastVoteAsync(proposalId, "agree")).ShouldBeRecorded();
        (await ben.CastVoteAsync(proposalId, "pass")).ShouldBeRecorded();
        var accepted = await facilitator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/proposals/{proposalId}/accept");

        proposed.GetProperty("state").GetString().ShouldBe("accepted");
        added.GetProperty("kind").GetString().ShouldBe("proposal");
        added.GetProperty("text").GetString().ShouldBe("Add “Voice cloning” under HT-1 “Fraud”");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var draftVersion = (await accepted.JsonAsync()).GetProperty("draftVersion").GetInt64();
        draftVersion.ShouldBeGreaterThan(draftBefore.GetProperty("draftVersion").GetInt64());

        var draft = await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("draftVersion").GetInt64().ShouldBe(draftVersion);
        var category = draft.GetProperty("categories").EnumerateArray().Single(found => found.GetProperty("labels").GetProperty("en").GetString() == "Voice cloning");
        var room = await app.Services.GetRequiredService<SessionRooms>().GetAsync(session.Id, default);
        var fixedId = room!.Read(state => state.FindItem(proposalId)!.Change!.NewCategoryId);
        category.GetProperty("id").GetGuid().ShouldBe(fixedId, "an added category takes the id fixed when it was proposed");
        category.GetProperty("parentId").GetGuid().ShouldBe(fraud);
        category.GetProperty("examples").GetProperty("en")[0].GetString().ShouldBe("A cloned voice asks grandma for money");

        var history = await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/draft/categories/{fixedId}")).JsonAsync();
        var adoptedEntry = history.GetProperty("history").EnumerateArray().Single(entry => entry.GetProperty("kind").GetString() == "adopted");
        adoptedEntry.GetRawText().ShouldContain("Naming harms together");

        var taxonomyId = draft.GetProperty("id").GetGuid();
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stream = await query.Events.FetchStreamAsync(taxonomyId);
        var adopted = stream.Select(@event => @event.Data).OfType<ProposalAdopted>().ShouldHaveSingleItem();
        adopted.Cause.SessionId.ShouldBe(session.Id);
        adopted.Cause.SessionTitle.ShouldBe("Naming harms together");
        adopted.Cause.ProposalId.ShouldBe(proposalId);
        adopted.Cause.Proposal.ShouldBe("Add “Voice cloning” under HT-1 “Fraud”");
        (adopted.Cause.Agree, adopted.Cause.Disagree, adopted.Cause.Pass, adopted.Cause.Participants).ShouldBe((1, 0, 1, 2));
        adopted.Categories.ShouldBe([fixedId]);
        stream[^1].Data.ShouldBeSameAs(adopted, "the cause is recorded after the change it caused, in the same commit");

        var broadcast = await ben.NextAsync(SessionHubEvents.ProposalAccepted);
        broadcast.GetProperty("itemId").GetGuid().ShouldBe(proposalId);
        broadcast.GetProperty("draftVersion").GetInt64().ShouldBe(draftVersion);
        (broadcast.GetProperty("agree").GetInt32(), broadcast.GetProperty("disagree").GetInt32(), broadcast.GetProperty("pass").GetInt32()).ShouldBe((1, 0, 1));

        var again = await facilitator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/proposals/{proposalId}/accept");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}")).JsonAsync()).GetProperty("draftVersion").GetInt64().ShouldBe(draftVersion);
    }

    [Fact]
    public async Task A_proposal_the_taxonomy_could_never_take_is_refused_on_submission()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, _) = await facilitator.CreateTaxonomyAsync();
        var session = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(session.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");

        var unknownParent = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(
            nameof(SessionHub.Propose), new ProposalInput("add", Name: "Orphan", Definition: "No parent.", ParentId: Guid.NewGuid())));
        var noName = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(
            nameof(SessionHub.Propose), new ProposalInput("add", Definition: "Nameless.")));
        var wrongLanguage = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(
            nameof(SessionHub.Propose), new ProposalInput("add", Name: "Nouveau", Definition: "En français.", Language: "fr")));
        var noKind = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(
            nameof(SessionHub.Propose), new ProposalInput("replace")));

        unknownParent.Refusal().ShouldStartWith("[invalid] parentId: ");
        noName.Refusal().ShouldStartWith("[invalid] name: ");
        wrongLanguage.Refusal().ShouldStartWith("[invalid] language: ");
        noKind.Refusal().ShouldStartWith("[invalid] kind: ");
        (await facilitator.ResultsAsync(session.Id)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_a_facilitator_of_the_session_or_a_curator_accepts()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var outsider = await SessionApiCaller.CreateAsync(app, [Web.Infrastructure.Identity.Roles.Facilitator], Web.Infrastructure.OAuth.ApiScopes.SessionsWrite);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var session = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(session.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        var proposed = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Propose), new ProposalInput("rename", Name: "Scams", CategoryId: fraud));

        var refused = await outsider.PostAsync($"{SessionApiCaller.Route}/{session.Id}/proposals/{proposed.GetProperty("id").GetGuid()}/accept");
        var statement = await facilitator.SeedAsync(session.Id, "A statement, not a proposal.");
        var notAProposal = await facilitator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/proposals/{statement}/accept");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        notAProposal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var draft = await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("categories")[0].GetProperty("labels").GetProperty("en").GetString().ShouldBe("Fraud");
    }

    [Fact]
    public async Task A_curator_who_does_not_facilitate_the_session_may_accept_its_proposals()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var curator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, fraud) = await facilitator.CreateTaxonomyAsync();
        var session = await facilitator.OpenAsync(slug);
        await facilitator.PhaseAsync(session.Id, "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        var proposed = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Propose), new ProposalInput("rename", Name: "Scams", CategoryId: fraud));

        var accepted = await curator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/proposals/{proposed.GetProperty("id").GetGuid()}/accept");
        var seed = await curator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/statements", new { text = "Curators do not run the session." });

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        seed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var draft = await (await facilitator.GetAsync($"{TaxonomyApiCaller.Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("categories")[0].GetProperty("labels").GetProperty("en").GetString().ShouldBe("Scams");
    }
}
