using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

/// <summary>
/// The session as two people live it, each in their own browser: a facilitator at the console and a participant
/// on a phone. Everything goes through the screens; each sees the other's actions without reloading.
/// </summary>
public sealed class TwoScreensSessionJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_participant_joins_by_code_proposes_the_facilitator_approves_the_vote_moves_the_console_and_the_proposal_enters_the_draft()
    {
        var slug = $"play-{Guid.NewGuid():N}"[..16];
        await CreateTaxonomyAsync(slug);
        var email = TestAccounts.NewEmail("facilitator");
        await App.CreateAccountAsync(email, "Fran", TestAccounts.Password, Roles.Facilitator, Roles.Curator);
        var console = await App.NewPageAsync();
        await console.SignInAsync(email, TestAccounts.Password, "Fran");

        // The facilitator opens a pre-moderated session and moves it to proposing.
        await console.OpenAsync("/facilitate");
        await console.WaitForInteractiveAsync();
        await console.GetByTestId("session-new").ClickAsync();
        var open = console.GetByRole(AriaRole.Dialog);
        await open.GetByTestId("session-title").FillAsync("Harms in online games");
        await open.GetByTestId("session-pre-moderate").CheckAsync();
        await open.GetByTestId("session-open-submit").ClickAsync();
        await console.WaitForUrlOrExplainAsync("**/facilitate/*");
        await Expect(console.GetByTestId("console-title")).ToHaveTextAsync("Harms in online games");
        var code = (await console.GetByTestId("console-join-code").TextContentAsync())!.Trim();
        await console.GetByTestId("phase-next").ClickAsync();
        await Expect(console.GetByTestId("phase-current")).ToHaveAttributeAsync("data-phase", "proposing");

        // The participant joins by code on a phone and proposes a category; it waits for the moderator.
        var phone = await App.NewPageAsync(width: 390, height: 844);
        await phone.OpenStaticAsync("/join");
        await phone.GetByTestId("join-code").FillAsync(code.ToLowerInvariant());
        await phone.GetByTestId("join-name").FillAsync("Pia");
        await phone.GetByTestId("join-submit").ClickAsync();
        await phone.WaitForUrlOrExplainAsync($"**/sessions/{code}");
        await phone.GetByTestId("session-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Expect(console.GetByTestId("presence-count")).ToHaveTextAsync("1");
        await phone.GetByTestId("propose-open").ClickAsync();
        var propose = phone.GetByRole(AriaRole.Dialog);
        await propose.GetByTestId("propose-name").FillAsync("Voice chat harassment");
        await propose.GetByTestId("propose-definition").FillAsync("Abuse spoken at players in a game's voice chat.");
        await propose.GetByTestId("propose-submit").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(phone.GetByTestId("what-changed")).ToContainTextAsync("Voice chat harassment");

        // It reaches the console's moderation queue live; the facilitator approves it and opens the vote.
        var pending = console.GetByTestId("moderation-item").And(console.Locator("[data-state='pending']"));
        await Expect(pending).ToHaveCountAsync(1);
        var proposalId = await pending.GetAttributeAsync("data-item-id");
        await console.Locator($"[data-testid='moderate-approve'][data-item-id='{proposalId}']").ClickAsync();
        await console.GetByTestId("phase-next").ClickAsync();
        await Expect(console.GetByTestId("phase-current")).ToHaveAttributeAsync("data-phase", "discussing");
        await console.GetByTestId("phase-next").ClickAsync();
        await Expect(console.GetByTestId("phase-current")).ToHaveAttributeAsync("data-phase", "voting");

        // The participant votes on the card; the tally moves on the facilitator's screen.
        await Expect(phone.GetByTestId("vote-card")).ToHaveAttributeAsync("data-item-id", proposalId!);
        await phone.GetByTestId("vote-agree").ClickAsync();
        await Expect(phone.Locator($"[data-testid='item-tally'][data-item-id='{proposalId}']")).ToContainTextAsync("1 agree · 0 disagree · 0 pass");
        await Expect(console.Locator($"[data-testid='proposal-tally'][data-item-id='{proposalId}']")).ToHaveAttributeAsync("data-agree", "1");

        // The facilitator accepts the proposal into the taxonomy draft, with its tallies as the cause.
        await console.Locator($"[data-testid='proposal-accept'][data-item-id='{proposalId}']").ClickAsync();
        var accept = console.GetByRole(AriaRole.Dialog);
        await Expect(accept.GetByTestId("accept-cause")).ToContainTextAsync("1 agree, 0 disagree, 0 pass");
        await accept.GetByTestId("accept-despite-rule").CheckAsync();
        await accept.GetByTestId("proposal-accept-confirm").ClickAsync();
        await Expect(console.GetByTestId("proposal-accepted")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("my-item-accepted")).ToBeVisibleAsync();

        // The draft now holds the category, and its history names the session.
        await console.GetByTestId("proposal-draft-link").ClickAsync();
        await console.WaitForUrlOrExplainAsync($"**/curation/{slug}/draft");
        await console.GetByTestId("draft-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Expect(console.GetByTestId("tree-node-HT-1")).ToContainTextAsync("Voice chat harassment");
        await console.GetByTestId("tree-node-HT-1").ClickAsync();
        await Expect(console.GetByTestId("category-panel-title")).ToContainTextAsync("HT-1");
        await console.GetByTestId("tab-history").ClickAsync();
        await Expect(console.GetByTestId("history-list")).ToContainTextAsync("Harms in online games");
    }

    private async Task CreateTaxonomyAsync(string slug)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>().CreateAsync(
            new CreateTaxonomy(Guid.CreateVersion7(), slug, "Games harms", "", null, ["en"]), new Actor("journey", "Journey"), default);
    }
}
