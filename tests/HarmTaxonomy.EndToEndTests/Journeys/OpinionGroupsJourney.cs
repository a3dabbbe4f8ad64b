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

/// <summary>
/// Two camps of scripted participants vote from outside (the join API and the hub); the facilitator's console and a
/// participant's phone show the opinion groups as the analysis worker recomputes them, without a reload.
/// </summary>
public sealed class OpinionGroupsJourney(BrowserApp app) : BrowserTest(app)
{
    private const int PerCamp = 6;

    /// <summary>Statement 0 is what everyone agrees with; camp A agrees with the odd ones and rejects the even ones, camp B the reverse.</summary>
    private static readonly string[] Statements =
    [
        "Everyone should be able to report a harm in their own language",
        "Chatbots that flatter users into dependence are a harm of their own",
        "Automated translation errors are a minor nuisance, not a harm",
        "Synthetic voices of relatives used in scams deserve a category",
        "Recommendation feeds only reflect what people already want",
    ];

    private static string VoteOf(bool campA, int statement) =>
        statement == 0 || (statement % 2 == 1) == campA ? "agree" : "disagree";

    /// <summary>Every other scripted voter passes on one divisive statement, so the camps spread out on the map a little.</summary>
    private static string ScriptedVoteOf(int voter, int statement) =>
        voter % 2 == 0 && statement == 1 + (voter / 2 % 4) ? "pass" : VoteOf(voter < PerCamp, statement);

    [Fact]
    public async Task After_two_camps_vote_the_facilitator_sees_two_groups_and_the_consensus_and_a_participant_finds_their_dot()
    {
        var email = TestAccounts.NewEmail("facilitator");
        var account = await App.CreateAccountAsync(email, "Fran", TestAccounts.Password, Roles.Facilitator);
        var (sessionId, code, items) = await OpenSessionAsync(SessionActor.Account(account.Id, "Fran"));

        var console = await App.NewPageAsync(width: 1280, height: 1000);
        await console.SignInAsync(email, TestAccounts.Password, "Fran");
        await console.OpenAsync($"/facilitate/{sessionId}");
        await Expect(console.GetByTestId("facilitator-opinion-groups").GetByTestId("opinion-groups-empty"))
            .ToContainTextAsync("The map appears once people have voted");

        var phone = await App.NewPageAsync(width: 390, height: 844);
        await phone.OpenStaticAsync($"/join/{code}");
        await phone.GetByTestId("join-name").FillAsync("Ana");
        await phone.GetByTestId("join-submit").ClickAsync();
        await phone.WaitForUrlOrExplainAsync($"**/sessions/{code}");
        await phone.GetByTestId("session-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        var voters = await Task.WhenAll(Enumerable.Range(0, PerCamp * 2).Select(number => ScriptedVoter.JoinAsync(App.BaseAddress, code, $"Voter {number}")));
        try
        {
            await Task.WhenAll(voters.Select(async (voter, number) =>
            {
                for (var statement = 0; statement < items.Count; statement++)
                {
                    await voter.VoteAsync(items[statement], ScriptedVoteOf(number, statement));
                }
            }));

            // The console follows the worker's recomputes live: two groups of six, and the statement everyone agrees with.
            var panel = console.GetByTestId("facilitator-opinion-groups");
            await Expect(panel.GetByTestId("analysis-votes")).ToHaveTextAsync($"{PerCamp * 2 * items.Count}");
            await Expect(panel.GetByTestId("opinion-group")).ToHaveCountAsync(2);
            await Expect(panel.GetByTestId("opinion-group-size")).ToHaveTextAsync(["6 people", "6 people"]);
            await Expect(panel.Locator("[data-testid='consensus-item'][data-stance='agree']")).ToContainTextAsync(Statements[0]);
            await Expect(panel.GetByTestId("opinion-map-dot")).ToHaveCountAsync(PerCamp * 2);
            await Expect(panel.GetByTestId("opinion-map-plot")).ToHaveAttributeAsync("aria-label", "2 opinion groups: A (6 people), B (6 people)");
            await Expect(panel.GetByTestId("group-representative-item").First).ToBeVisibleAsync();
            await console.ShouldHaveNoSeriousViolationsAsync();
            await SaveScreenshotAsync(panel, "session-opinion-groups");
            await panel.GetByTestId("opinion-map-show-items").CheckAsync();
            await Expect(panel.GetByTestId("opinion-map-item")).ToHaveCountAsync(items.Count);
            await Expect(panel.Locator($"[data-testid='opinion-map-item'][data-item-id='{items[0]}'] title")).ToHaveTextAsync($"1. {Statements[0]}");

            // Per item on the console: how each group sees it.
            var first = console.Locator($"[data-testid='item-agreement-toggle'][data-item-id='{items[1]}']");
            await first.ClickAsync();
            var breakdown = console.Locator($"[data-testid='item-agreement'][data-item-id='{items[1]}']");
            await Expect(breakdown.GetByTestId("group-informed-consensus")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\.\d\d$"));
            await Expect(breakdown.Locator("[data-testid='item-agreement-row'][data-kind='group'][data-hidden='false']")).ToHaveCountAsync(2);

            // Ana has not voted: she is told how many votes put her on the map; after voting with camp A she finds her dot.
            var opinions = phone.GetByTestId("participant-opinion-groups");
            await Expect(opinions.GetByTestId("opinion-map-not-counted")).ToHaveTextAsync($"Vote on {items.Count} more statements to appear on the map.");
            for (var voted = 0; voted < items.Count; voted++)
            {
                var card = await phone.GetByTestId("vote-card").GetAttributeAsync("data-item-id");
                var statement = items.IndexOf(Guid.Parse(card!));
                await phone.GetByTestId($"vote-{VoteOf(campA: true, statement)}").ClickAsync();
                if (voted < items.Count - 1)
                {
                    await Expect(phone.GetByTestId("vote-card")).Not.ToHaveAttributeAsync("data-item-id", card!);
                }
            }

            await Expect(phone.GetByTestId("vote-card-empty")).ToBeVisibleAsync();
            await Expect(panel.GetByTestId("analysis-votes")).ToHaveTextAsync($"{(PerCamp * 2 * items.Count) + items.Count}");
            var me = opinions.GetByTestId("opinion-map-me");
            await Expect(me).ToContainTextAsync("You");
            await Expect(opinions.GetByTestId("opinion-map-not-counted")).ToHaveCountAsync(0);
            await Expect(opinions.GetByTestId("opinion-group")).ToHaveCountAsync(2);

            // Ana voted with camp A, whose hallmark is rejecting the last statement: her ringed dot is in that group.
            var campA = opinions.GetByTestId("opinion-group").Filter(new LocatorFilterOptions
            {
                Has = phone.Locator($"[data-testid='group-representative-item'][data-item-id='{items[4]}'][data-stance='disagree']"),
            });
            await Expect(campA).ToHaveCountAsync(1);
            await Expect(campA.GetByTestId("opinion-group-size")).ToHaveTextAsync("7 people");
            await Expect(me).ToHaveAttributeAsync("data-group", (await campA.GetAttributeAsync("data-group"))!);
            await phone.ShouldHaveNoSeriousViolationsAsync();
            await SaveScreenshotAsync(opinions, "participant-opinion-groups");
        }
        finally
        {
            await Task.WhenAll(voters.Select(voter => voter.DisposeAsync().AsTask()));
        }
    }

    private async Task<(Guid Id, string Code, List<Guid> Items)> OpenSessionAsync(SessionActor facilitator)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionWriter>();
        var slug = $"harms-{Guid.NewGuid():N}"[..20];
        await taxonomies.CreateAsync(new CreateTaxonomy(Guid.CreateVersion7(), slug, "Harms", "", null, ["en"]), new Actor("curator-1", "Cora"), default);
        var opened = await sessions.OpenAsync(
            slug, new OpenSession("Naming harms", "Which harms do **you** meet?", ["en"], new SessionSettings(true, false, false)), facilitator, default);
        var items = new List<Guid>();
        foreach (var statement in Statements)
        {
            items.Add(await sessions.SubmitStatementAsync(opened.Id, statement, facilitator, moderator: true, default));
        }

        await sessions.ChangePhaseAsync(opened.Id, SessionPhase.Voting.ToValue(), null, facilitator, default);
        return (opened.Id, opened.JoinCode, items);
    }

    /// <summary>A screenshot of one part of the page, saved beside the others (screenshots/NAME.png in the test output).</summary>
    private static async Task SaveScreenshotAsync(ILocator part, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
    }
}
