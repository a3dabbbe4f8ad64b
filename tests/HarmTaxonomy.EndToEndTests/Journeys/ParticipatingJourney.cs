using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Running;
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

public sealed class ParticipatingJourney(BrowserApp app) : BrowserTest(app)
{
    private static readonly SessionActor Facilitator = SessionActor.Account(Guid.CreateVersion7(), "Fran Facilitator");

    [Fact]
    public async Task A_guest_joins_from_a_phone_votes_with_buttons_and_keys_and_the_projector_follows_live()
    {
        var code = await OpenSessionAsync(SessionPhase.Voting, "Voice clones of relatives deserve a category.", "Deepfakes of private people are a harm of their own.");
        var email = TestAccounts.NewEmail("facilitator");
        await App.CreateAccountAsync(email, "Fran", TestAccounts.Password, Roles.Facilitator);
        var screen = await App.NewPageAsync();
        await screen.SignInAsync(email, TestAccounts.Password, "Fran");
        await screen.OpenAsync($"/sessions/{code}/screen");
        await Expect(screen.GetByTestId("screen-join-code")).ToHaveTextAsync(code);
        await Expect(screen.GetByTestId("screen-votes")).ToHaveTextAsync("0");
        await Expect(screen.GetByTestId("screen-qr")).ToBeVisibleAsync();

        var phone = await App.NewPageAsync(width: 390, height: 844);
        await phone.OpenStaticAsync($"/join/{code}");
        await Expect(phone.GetByTestId("join-code")).ToHaveValueAsync(code);
        await phone.ShouldHaveNoSeriousViolationsAsync();
        await phone.GetByTestId("join-name").FillAsync("Ana");
        await phone.GetByTestId("join-submit").ClickAsync();
        await phone.WaitForUrlOrExplainAsync($"**/sessions/{code}");
        await phone.GetByTestId("session-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Expect(phone.GetByTestId("presence-count")).ToHaveTextAsync("1");
        await Expect(screen.GetByTestId("screen-presence")).ToHaveTextAsync("1");

        var firstCard = await phone.GetByTestId("vote-card").GetAttributeAsync("data-item-id");
        await phone.GetByTestId("vote-agree").ClickAsync();
        await Expect(phone.GetByTestId("vote-card")).Not.ToHaveAttributeAsync("data-item-id", firstCard!);
        await Expect(phone.Locator($"[data-testid='item-tally'][data-item-id='{firstCard}']")).ToContainTextAsync("1 agree · 0 disagree · 0 pass");
        await Expect(screen.GetByTestId("screen-votes")).ToHaveTextAsync("1");
        await Expect(screen.GetByTestId("screen-top-items")).ToContainTextAsync("1 agree · 0 disagree · 0 pass");
        await phone.ShouldHaveNoSeriousViolationsAsync();
        await phone.SaveScreenshotAsync("participant-phone");

        var secondCard = await phone.GetByTestId("vote-card").GetAttributeAsync("data-item-id");
        await phone.Keyboard.PressAsync("d");
        await Expect(phone.GetByTestId("vote-card-empty")).ToContainTextAsync("You have voted on everything");
        await Expect(phone.Locator($"[data-testid='item-tally'][data-item-id='{secondCard}']")).ToContainTextAsync("0 agree · 1 disagree · 0 pass");
        await Expect(screen.GetByTestId("screen-votes")).ToHaveTextAsync("2");
        await screen.ShouldHaveNoSeriousViolationsAsync();
        await screen.SaveScreenshotAsync("projector");
    }

    [Fact]
    public async Task A_guest_submits_a_statement_proposes_a_category_and_discusses()
    {
        var code = await OpenSessionAsync(SessionPhase.Proposing, "Misgendering by an AI system is a harm.");
        var page = await App.NewPageAsync();
        await page.OpenStaticAsync($"/join/{code}");
        await page.GetByTestId("join-name").FillAsync("Bo");
        await page.GetByTestId("join-submit").ClickAsync();
        await page.WaitForUrlOrExplainAsync($"**/sessions/{code}");
        await page.GetByTestId("session-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Expect(page.GetByTestId("vote-not-open")).ToBeVisibleAsync();

        await page.GetByTestId("statement-text").FillAsync("Refusing to answer questions about our own health is a harm.");
        await page.GetByTestId("statement-submit").ClickAsync();
        await Expect(page.GetByTestId("what-changed")).ToContainTextAsync("Refusing to answer questions about our own health is a harm.");
        await Expect(page.GetByTestId("my-item-state")).ToHaveTextAsync("Visible to everyone");

        await page.GetByTestId("propose-open").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("propose-submit").ClickAsync();
        await Expect(dialog).ToContainTextAsync("Give the category a name.");
        await dialog.GetByTestId("propose-name").FillAsync("Voice cloning");
        await dialog.GetByTestId("propose-definition").FillAsync("Synthetic voices of **real** people.");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await dialog.GetByTestId("propose-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("what-changed")).ToContainTextAsync("Voice cloning");

        var statement = page.Locator("[data-testid='item-entry']", new PageLocatorOptions { HasText = "Misgendering" });
        await statement.GetByTestId("item-thread-toggle").ClickAsync();
        await statement.GetByTestId("comment-text").FillAsync("It happens in *translation* too.");
        await statement.GetByTestId("comment-submit").ClickAsync();
        await Expect(statement.GetByTestId("thread-comment-text")).ToContainTextAsync("It happens in translation too.");
        await Expect(statement.GetByTestId("item-thread-toggle")).ToContainTextAsync("(1)");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("participant-proposing");

        // Coming back inside the circuit (no prerender to read the cookie) still finds the participant.
        await page.GetByTestId("nav-home").ClickAsync();
        await Expect(page.GetByTestId("home-title")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(page.GetByTestId("session-you")).ToContainTextAsync("Bo");
        await Expect(page.GetByTestId("what-changed")).ToContainTextAsync("Voice cloning");
    }

    private async Task<string> OpenSessionAsync(SessionPhase phase, params string[] statements)
    {
        using var scope = App.Services.CreateScope();
        var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionWriter>();
        var slug = $"harms-{Guid.NewGuid():N}"[..20];
        await taxonomies.CreateAsync(new CreateTaxonomy(Guid.CreateVersion7(), slug, "Harms", "", null, ["en"]), new Actor("curator-1", "Cora"), default);
        var opened = await sessions.OpenAsync(
            slug, new OpenSession("Naming harms", "Which harms do **you** meet?", ["en"], new SessionSettings(true, false, false)), Facilitator, default);
        foreach (var statement in statements)
        {
            await sessions.SubmitStatementAsync(opened.Id, statement, Facilitator, moderator: true, default);
        }

        await sessions.ChangePhaseAsync(opened.Id, phase.ToValue(), null, Facilitator, default);
        return opened.JoinCode;
    }
}
