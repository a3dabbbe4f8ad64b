using AngleSharp.Html.Dom;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Facilitating;

/// <summary>The facilitator screens as the server first renders them, for the people who may see them, on sessions in the real store.</summary>
public sealed class FacilitatorScreensTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_facilitator_runs_their_own_session_from_its_console()
    {
        var (facilitator, form) = await SignInAsync(Roles.Facilitator);
        var session = await OpenSessionAsync(facilitator, "Online harms in schools");

        var page = await form.GetPageAsync($"/facilitate/{session.Id}");

        page.TextOf("console-title").ShouldBe("Online harms in schools");
        page.TextOf("console-join-code").ShouldBe(session.JoinCode);
        Href(page, "console-projector").ShouldBe($"/sessions/{session.JoinCode}/screen");
        Href(page, "console-join-link").ShouldBe($"/join/{session.JoinCode}");
        page.QuerySelector("[data-testid='console-prompt'] em")!.TextContent.ShouldBe("schools");
        page.Has("phase-next").ShouldBeTrue();
        page.Has("seed-text").ShouldBeTrue();
        page.Has("moderation-queue").ShouldBeTrue();
        page.Has("presence-count").ShouldBeTrue();
        page.Has("console-readonly").ShouldBeFalse();
    }

    [Fact]
    public async Task Another_facilitator_follows_the_session_without_running_it()
    {
        var (owner, _) = await SignInAsync(Roles.Facilitator);
        var session = await OpenSessionAsync(owner, "Someone else's session");
        var (_, form) = await SignInAsync(Roles.Facilitator);

        var page = await form.GetPageAsync($"/facilitate/{session.Id}");

        page.Has("console-readonly").ShouldBeTrue();
        page.Has("moderation-queue").ShouldBeTrue();
        page.Has("phase-next").ShouldBeFalse();
        page.Has("seed-text").ShouldBeFalse();
    }

    [Fact]
    public async Task A_curator_is_told_they_may_accept_proposals_but_not_run_the_session()
    {
        var (owner, _) = await SignInAsync(Roles.Facilitator);
        var session = await OpenSessionAsync(owner, "A session to curate from");
        var (_, form) = await SignInAsync(Roles.Curator);

        var page = await form.GetPageAsync($"/facilitate/{session.Id}");

        page.TextOf("console-readonly").ShouldContain("accept its proposals");
        page.Has("phase-next").ShouldBeFalse();
    }

    [Fact]
    public async Task A_closed_session_shows_its_summary_and_nothing_to_change()
    {
        var (facilitator, form) = await SignInAsync(Roles.Facilitator);
        var session = await OpenSessionAsync(facilitator, "A session that ended");
        await WithWriterAsync(writer => writer.CloseAsync(session.Id, "We *agreed* on three new categories.", SessionActor.Account(facilitator.Id, "Fran"), default));

        var page = await form.GetPageAsync($"/facilitate/{session.Id}");

        page.QuerySelector("[data-testid='console-summary'] em")!.TextContent.ShouldBe("agreed");
        page.QuerySelector("[data-testid='phase-current']")!.GetAttribute("data-phase").ShouldBe("closed");
        page.Has("phase-next").ShouldBeFalse();
        page.Has("session-close").ShouldBeFalse();
        page.Has("seed-text").ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_session_says_so()
    {
        var (_, form) = await SignInAsync(Roles.Facilitator);

        var page = await form.GetPageAsync($"/facilitate/{Guid.CreateVersion7()}");

        page.Has("console-missing").ShouldBeTrue();
    }

    [Fact]
    public async Task Facilitators_see_their_own_sessions_and_admins_everyone_elses_too()
    {
        var (first, firstForm) = await SignInAsync(Roles.Facilitator);
        var (second, _) = await SignInAsync(Roles.Facilitator);
        var (admin, adminForm) = await SignInAsync(Roles.Admin);
        var mine = await OpenSessionAsync(first, "First facilitator's session");
        var theirs = await OpenSessionAsync(second, "Second facilitator's session");
        var admins = await OpenSessionAsync(admin, "Admin's session");

        var firstPage = await firstForm.GetPageAsync("/facilitate");
        var adminPage = await adminForm.GetPageAsync("/facilitate");

        Listed(firstPage, "sessions-mine").ShouldBe([mine.Id.ToString()]);
        firstPage.Has("sessions-others").ShouldBeFalse();
        firstPage.Has("session-new").ShouldBeTrue();
        Listed(adminPage, "sessions-mine").ShouldBe([admins.Id.ToString()]);
        Listed(adminPage, "sessions-others").ShouldContain(mine.Id.ToString());
        Listed(adminPage, "sessions-others").ShouldContain(theirs.Id.ToString());
    }

    [Fact]
    public async Task Curators_see_the_sessions_but_cannot_open_one()
    {
        var (owner, _) = await SignInAsync(Roles.Facilitator);
        var session = await OpenSessionAsync(owner, "Listed for curators");
        var (_, form) = await SignInAsync(Roles.Curator);

        var page = await form.GetPageAsync("/facilitate");

        page.Has("session-new").ShouldBeFalse();
        page.Has("sessions-empty").ShouldBeTrue();
        Listed(page, "sessions-others").ShouldContain(session.Id.ToString());
    }

    private static string? Href(IHtmlDocument page, string testId) => page.QuerySelector($"[data-testid='{testId}']")?.GetAttribute("href");

    private static List<string?> Listed(IHtmlDocument page, string tableTestId) =>
        [.. page.QuerySelectorAll($"[data-testid='{tableTestId}'] [data-testid='session-console']").Select(link => link.GetAttribute("data-session-id"))];

    private async Task<(AppUser User, FormClient Form)> SignInAsync(string role)
    {
        var user = await TestAccounts.CreateAsync(app.Services, role);
        var form = FormClient.For(app);
        await form.SignInAsync(user.Email!);
        return (user, form);
    }

    private async Task<SessionSummary> OpenSessionAsync(AppUser facilitator, string title)
    {
        var slug = $"console-{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>().CreateAsync(
            new CreateTaxonomy(Guid.CreateVersion7(), slug, "Console harms", "", null, ["en"]), new Actor(facilitator.Id.ToString(), "Fran"), default);
        return await scope.ServiceProvider.GetRequiredService<SessionWriter>().OpenAsync(
            slug, new OpenSession(title, "Think about *schools*.", ["en"], new SessionSettings(AllowGuests: true, PreModerate: false, VoteWhileDiscussing: false)),
            SessionActor.Account(facilitator.Id, "Fran"), default);
    }

    private async Task WithWriterAsync(Func<SessionWriter, Task> write)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await write(scope.ServiceProvider.GetRequiredService<SessionWriter>());
    }
}
