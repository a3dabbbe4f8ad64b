using System.Net;
using System.Text.RegularExpressions;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.IntegrationTests.Features.Sessions.ImportingFromPolis;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ExportingToPolis;

/// <summary><c>GET /api/v1/sessions/{id}/export/polis.zip</c> on sessions run through the real app: the files, their pseudonymous ids, who may download, and the round trip through an import.</summary>
public sealed partial class PolisExportTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task The_zip_holds_polis_five_files_with_polis_columns()
    {
        var (facilitator, session) = await RunSessionAsync();

        var response = await facilitator.GetAsync(ExportPath(session.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var files = PolisUploadForms.Entries(await response.Content.ReadAsByteArrayAsync());
        files.Keys.ShouldBe(["summary.csv", "comments.csv", "votes.csv", "participant-votes.csv", "comment-groups.csv"]);
        files["comments.csv"].ShouldStartWith("timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n");
        files["votes.csv"].ShouldStartWith("timestamp,datetime,comment-id,voter-id,vote\n");
        files["participant-votes.csv"].ShouldStartWith("participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2,3\n");
        files["comment-groups.csv"].ShouldStartWith("comment-id,comment,total-votes,total-agrees,total-disagrees,total-passes");
        files["summary.csv"].ShouldStartWith("topic,\"Naming harms together\"\nurl,http://localhost/join/");
        files["comments.csv"].ShouldContain(",3,1,2,0,1,\"Doxxing, \"\"swatting\"\"\nand stalking\"\n");
        PolisUploadForms.LatestVotes(files["votes.csv"]).ShouldBe(
            [(0, 0, -1), (0, 3, 1), (1, 0, 1), (1, 1, -1), (2, 1, 0), (2, 3, 1)], ignoreOrder: true);
        (await PolisUploadForms.HiddenAsync(files["comments.csv"])).ShouldBe([2]);
    }

    [Fact]
    public async Task Only_pseudonymous_numbers_identify_people_and_items()
    {
        var (facilitator, session) = await RunSessionAsync();

        var files = PolisUploadForms.Entries(await (await facilitator.GetAsync(ExportPath(session.Id))).Content.ReadAsByteArrayAsync());

        foreach (var (name, text) in files)
        {
            GuidPattern().IsMatch(text).ShouldBeFalse($"{name} holds a GUID");
            foreach (var person in new[] { "Ana Secretname", "Ben Hiddenname", "Cy Privatename", "Test Facilitator", "Session tool" })
            {
                text.ShouldNotContain(person, Case.Insensitive, $"{name} names {person}");
            }
        }
    }

    [Fact]
    public async Task An_export_imported_again_keeps_every_vote_and_hidden_comment()
    {
        var (facilitator, session) = await RunSessionAsync();
        var first = await (await facilitator.GetAsync(ExportPath(session.Id))).Content.ReadAsByteArrayAsync();

        var imported = await facilitator.SendContentAsync(HttpMethod.Post, PolisImportTests.Route, PolisUploadForms.OneZip(first));
        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var second = await (await facilitator.GetAsync(ExportPath((await imported.JsonAsync()).GetProperty("sessionId").GetGuid()))).Content.ReadAsByteArrayAsync();

        var (before, after) = (PolisUploadForms.Entries(first), PolisUploadForms.Entries(second));
        PolisUploadForms.LatestVotes(after["votes.csv"]).ShouldBe(PolisUploadForms.LatestVotes(before["votes.csv"]), ignoreOrder: true);
        (await PolisUploadForms.HiddenAsync(after["comments.csv"])).ShouldBe(await PolisUploadForms.HiddenAsync(before["comments.csv"]));
        // Groups may differ: the analysis of the new session starts from its own seed.
        WithoutGroups(after["participant-votes.csv"]).ShouldBe(WithoutGroups(before["participant-votes.csv"]));
    }

    [Fact]
    public async Task An_unknown_session_is_a_404_problem()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var response = await facilitator.GetAsync(ExportPath(Guid.CreateVersion7()));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldBe("No such session");
    }

    [Fact]
    public async Task In_the_browser_the_sessions_facilitator_downloads_and_other_people_are_refused()
    {
        var owner = await TestAccounts.CreateAsync(app.Services, Roles.Facilitator);
        var session = await OpenSessions.OpenAsync(app, Domain.Sessions.Running.SessionPhase.Voting, ["One statement"]);
        var ownSession = await OpenOwnSessionAsync(owner);
        var facilitatorBrowser = await SignedInAsync(owner.Email!);
        var otherFacilitator = await SignedInAsync((await TestAccounts.CreateAsync(app.Services, Roles.Facilitator)).Email!);
        var curator = await SignedInAsync((await TestAccounts.CreateAsync(app.Services, Roles.Curator)).Email!);

        (await facilitatorBrowser.GetAsync(ExportPath(ownSession))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.GetAsync(ExportPath(session.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherFacilitator.GetAsync(ExportPath(ownSession))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync(ExportPath(ownSession))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static List<string> WithoutGroups(string participantVotes) =>
        [.. participantVotes.Split('\n').Select(line => line.Split(',')).Select(fields => string.Join(',', fields.Take(1).Concat(fields.Skip(2))))];

    private static string ExportPath(Guid sessionId) => $"{SessionApiCaller.Route}/{sessionId}/export/polis.zip";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();

    /// <summary>
    /// A session through the API and the app's own services: three guests join while discussing, Ben adds a statement
    /// (with a comma, quotes and a line break), the facilitator hides statement 3, and in the voting phase Ana changes
    /// her mind on statement 1.
    /// </summary>
    private async Task<(SessionApiCaller Facilitator, OpenedSession Session)> RunSessionAsync()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(3, phase: "discussing");
        var ana = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana Secretname");
        var ben = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ben Hiddenname");
        var cy = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Cy Privatename");
        await using var scope = app.Services.CreateAsyncScope();
        var fromBen = await scope.ServiceProvider.GetRequiredService<SessionWriter>().SubmitStatementAsync(
            session.Id, "Doxxing, \"swatting\"\nand stalking", SessionActor.Participant(ben.ParticipantId, "Ben Hiddenname"), moderator: false, default);
        (await facilitator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/items/{session.Items[2]}/hide", new { reason = "Off topic" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await facilitator.PhaseAsync(session.Id, "voting");
        var voting = scope.ServiceProvider.GetRequiredService<SessionVoting>();
        foreach (var (voter, item, value) in new[]
        {
            (ana, session.Items[0], "agree"), (ana, session.Items[0], "disagree"), (ana, fromBen, "agree"),
            (ben, session.Items[0], "agree"), (ben, session.Items[1], "disagree"),
            (cy, session.Items[1], "pass"), (cy, fromBen, "agree"),
        })
        {
            (await voting.CastAsync(session.Id, voter.ParticipantId, item, value, Guid.NewGuid().ToString("N"), default)).Accepted.ShouldBeTrue();
        }

        return (facilitator, session);
    }

    private async Task<Guid> OpenOwnSessionAsync(AppUser owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var slug = $"export-{Guid.NewGuid():N}"[..24];
        await scope.ServiceProvider.GetRequiredService<Web.Features.Taxonomies.Drafting.TaxonomyWriter>().CreateAsync(
            new Domain.Taxonomies.Creating.CreateTaxonomy(Guid.CreateVersion7(), slug, "Export harms", "", null, ["en"]), new Domain.Taxonomies.Drafting.Actor(owner.Id.ToString(), "Fran"), default);
        var opened = await scope.ServiceProvider.GetRequiredService<SessionWriter>().OpenAsync(
            slug, new Domain.Sessions.Running.OpenSession("Own session", "", ["en"], new Domain.Sessions.Running.SessionSettings(true, false, false)),
            SessionActor.Account(owner.Id, "Fran"), default);
        return opened.Id;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var form = FormClient.For(app);
        await form.SignInAsync(email);
        return form.Http;
    }
}
