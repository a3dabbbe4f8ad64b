using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

/// <summary>
/// A facilitator's whole session in one browser, with a participant acting through the app's own write path: what
/// the participant does reaches the console live, without a reload.
/// </summary>
public sealed class FacilitatingSessionJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_facilitator_opens_seeds_moderates_watches_votes_accepts_a_proposal_and_closes_the_session()
    {
        await CreateTaxonomyAsync("school-harms", "School harms");
        var email = TestAccounts.NewEmail("facilitator");
        await App.CreateAccountAsync(email, "Fran", TestAccounts.Password, Roles.Facilitator);
        var page = await App.NewPageAsync();
        await page.SignInAsync(email, TestAccounts.Password, "Fran");

        // No sessions yet: the empty state says how to start; the only taxonomy is chosen already.
        await page.GetByTestId("nav-facilitate").ClickAsync();
        await Expect(page.GetByTestId("sessions-empty")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByTestId("session-new").ClickAsync();
        var open = page.GetByRole(AriaRole.Dialog);
        await open.GetByTestId("session-open-submit").ClickAsync();
        await Expect(open).ToContainTextAsync("Enter a title");
        await open.GetByTestId("session-title").FillAsync("Online harms in schools");
        await open.GetByTestId("session-prompt").FillAsync("Which harms do **pupils** meet online?");
        await Expect(open.GetByTestId("session-languages")).ToHaveValueAsync("en");
        await open.GetByTestId("session-pre-moderate").CheckAsync();
        await open.GetByTestId("session-open-submit").ClickAsync();
        await page.WaitForUrlOrExplainAsync("**/facilitate/*");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("console-title")).ToHaveTextAsync("Online harms in schools");
        var code = (await page.GetByTestId("console-join-code").TextContentAsync())!.Trim();
        var sessionId = Guid.Parse(page.Url.Split('/')[^1]);
        await Expect(page.GetByTestId("console-projector")).ToHaveAttributeAsync("href", $"/sessions/{code}/screen");
        await Expect(page.GetByTestId("moderation-empty")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("progress-no-participants")).ToBeVisibleAsync();

        // Seed a statement; a duplicate is refused under the box.
        await page.GetByTestId("seed-text").FillAsync("Group chats spread rumours faster than teachers notice");
        await page.GetByTestId("seed-submit").ClickAsync();
        await Expect(page.GetByTestId("moderation-text")).ToHaveTextAsync("Group chats spread rumours faster than teachers notice");
        await page.GetByTestId("seed-text").FillAsync("group chats spread rumours faster than teachers notice.");
        await page.GetByTestId("seed-submit").ClickAsync();
        await Expect(page.GetByTestId("seed-box")).ToContainTextAsync("already in the session");

        // Open for proposals with a timer; a participant joins and submits, and the console learns of it live.
        await page.GetByTestId("phase-timer-minutes").FillAsync("10");
        await page.GetByTestId("phase-next").ClickAsync();
        await Expect(page.GetByTestId("phase-current")).ToHaveAttributeAsync("data-phase", "proposing");
        await Expect(page.GetByTestId("phase-timer")).ToContainTextAsync("left");
        var participant = await WithWriterAsync(writer => writer.JoinAsync(code, ParticipantProfile.Create("Pia", null, null, false), null, default));
        await Expect(page.GetByTestId("progress-joined")).ToHaveTextAsync("1");
        var by = SessionActor.Participant(participant.ParticipantId, "Pia");
        var duplicate = await WithWriterAsync(writer => writer.SubmitStatementAsync(sessionId, "Rumours in group chats outrun the teachers", by, moderator: false, default));
        var proposal = await WithWriterAsync(writer => writer.ProposeAsync(
            sessionId, new ProposalInput("add", Name: "Group chat pile-ons", Definition: "Many pupils turning on one in a shared chat."), by, moderator: false, default));
        await Expect(page.GetByTestId("moderation-item").And(page.Locator("[data-state='pending']"))).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("progress-statement-pending")).ToHaveTextAsync("1");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("facilitator-console");

        // Approve the proposal; merge the duplicate statement into the seed, reading why votes follow the survivor.
        await page.Locator($"[data-testid='moderate-approve'][data-item-id='{proposal}']").ClickAsync();
        await Expect(page.Locator($"[data-testid='proposal-accept'][data-item-id='{proposal}']")).ToBeVisibleAsync();
        await page.Locator($"[data-testid='moderate-merge'][data-item-id='{duplicate}']").ClickAsync();
        var merge = page.GetByRole(AriaRole.Dialog);
        await Expect(merge.GetByTestId("moderate-merge-explain")).ToContainTextAsync("latest vote");
        await merge.GetByTestId("moderate-merge-survivor").CheckAsync();
        await merge.GetByTestId("moderate-merge-confirm").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("progress-statement-merged")).ToHaveTextAsync("1");

        // Voting: the participant's vote moves the proposal's tally on the console.
        await page.GetByTestId("phase-next").ClickAsync();
        await page.GetByTestId("phase-next").ClickAsync();
        await Expect(page.GetByTestId("phase-current")).ToHaveAttributeAsync("data-phase", "voting");
        await Expect(page.GetByTestId("phase-next")).ToHaveCountAsync(0);
        var ack = await App.Services.GetRequiredService<SessionVoting>().CastAsync(sessionId, participant.ParticipantId, proposal, "agree", "vote-1", default);
        ack.Accepted.ShouldBeTrue();
        await Expect(page.Locator($"[data-testid='proposal-tally'][data-item-id='{proposal}']")).ToHaveAttributeAsync("data-agree", "1");
        await Expect(page.GetByTestId("progress-votes")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("progress-spread-table")).ToContainTextAsync("1");
        await page.SaveScreenshotAsync("facilitator-console-voting");

        // The board checks the proposal against the taxonomy's acceptance rule (the default: none was published).
        await Expect(page.Locator($"[data-testid='proposal-rule-status'][data-item-id='{proposal}']")).ToContainTextAsync("Rule (default): Group-informed consensus ≥ 0.4");
        await Expect(page.Locator($"[data-testid='proposal-rule-status'][data-item-id='{proposal}']")).ToHaveAttributeAsync("data-meets", "false");

        // Accept the proposal into the draft: the dialog names the change, the taxonomy and the tallies.
        await page.Locator($"[data-testid='proposal-accept'][data-item-id='{proposal}']").ClickAsync();
        var accept = page.GetByRole(AriaRole.Dialog);
        await Expect(accept.GetByTestId("accept-change")).ToContainTextAsync("Group chat pile-ons");
        await Expect(accept).ToContainTextAsync("School harms");
        await Expect(accept.GetByTestId("accept-cause")).ToContainTextAsync("1 agree, 0 disagree, 0 pass");
        // One voter cannot meet the acceptance rule: the dialog says so and accepting takes an explicit tick.
        await Expect(accept.GetByTestId("accept-rule")).ToContainTextAsync("does not meet the published rule");
        await Expect(accept.GetByTestId("proposal-accept-confirm")).ToBeDisabledAsync();
        await accept.GetByTestId("accept-despite-rule").CheckAsync();
        await accept.GetByTestId("proposal-accept-confirm").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("proposal-accepted")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("proposal-draft-link")).ToHaveAttributeAsync("href", "/curation/school-harms/draft");

        // Hide the seed with a reason (a reason is required), then close the session with a summary: final and read-only.
        await page.GetByTestId("moderate-hide").First.ClickAsync();
        var hide = page.GetByRole(AriaRole.Dialog);
        await hide.GetByTestId("moderate-hide-confirm").ClickAsync();
        await Expect(hide).ToContainTextAsync("Enter a reason");
        await hide.GetByTestId("moderate-hide-reason").FillAsync("Said better elsewhere");
        await hide.GetByTestId("moderate-hide-confirm").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("moderation-outcome").First).ToContainTextAsync("Said better elsewhere");
        await page.GetByTestId("session-close").ClickAsync();
        var close = page.GetByRole(AriaRole.Dialog);
        await Expect(close.GetByTestId("close-final")).ToContainTextAsync("cannot be reopened");
        await close.GetByTestId("close-summary").FillAsync("We added *Group chat pile-ons* to the draft.");
        await close.GetByTestId("close-confirm").ClickAsync();
        await Expect(page.GetByTestId("console-closed")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='console-summary'] em")).ToHaveTextAsync("Group chat pile-ons");
        await Expect(page.GetByTestId("session-close")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("moderate-hide")).ToHaveCountAsync(0);
        await page.ShouldHaveNoSeriousViolationsAsync();

        // The list shows the session, closed, with its code.
        await page.GetByTestId("console-back").ClickAsync();
        await Expect(page.GetByTestId("session-code")).ToHaveTextAsync(code);
        await Expect(page.GetByTestId("session-phase")).ToHaveAttributeAsync("data-phase", "closed");
    }

    private async Task CreateTaxonomyAsync(string slug, string title)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>().CreateAsync(
            new CreateTaxonomy(Guid.CreateVersion7(), slug, title, "", null, ["en"]), new Actor("journey", "Journey"), default);
    }

    private async Task<T> WithWriterAsync<T>(Func<SessionWriter, Task<T>> write)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await write(scope.ServiceProvider.GetRequiredService<SessionWriter>());
    }
}
