using Bunit;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;

namespace HarmTaxonomy.Web.Tests.Features.ApiClients;

public sealed class NewApiClientFormTests : MudBunitContext
{
    private readonly List<NewApiClient> submitted = [];
    private IReadOnlyDictionary<string, string> answer = new Dictionary<string, string>();

    [Fact]
    public void Offers_only_the_scopes_the_person_holds()
    {
        var cut = Render(new HashSet<string> { "taxonomies.read", "sessions.read" });

        cut.FindAll("[data-testid^='api-client-scope-']").Select(element => element.GetAttribute("data-testid"))
            .ShouldBe(["api-client-scope-taxonomies.read", "api-client-scope-sessions.read"], ignoreOrder: true);
    }

    [Fact]
    public void Submits_the_name_and_chosen_scopes_and_shows_errors_next_to_their_fields()
    {
        answer = new Dictionary<string, string> { [nameof(NewApiClient.Name)] = "Give the client a name you will recognise." };
        var cut = Render(new HashSet<string> { "taxonomies.read" });

        cut.Find("input[data-testid='api-client-scope-taxonomies.read']").Change(true);
        cut.Find("[data-testid='api-client-create']").Click();

        submitted.ShouldHaveSingleItem().Scopes.ShouldBe(["taxonomies.read"]);
        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Give the client a name you will recognise."));
    }

    [Fact]
    public void Asks_for_a_redirect_uri_only_for_apps_acting_for_a_person()
    {
        var cut = Render(new HashSet<string> { "taxonomies.read" });
        cut.FindAll("input[data-testid='api-client-redirect']").ShouldBeEmpty();

        cut.Find("input[data-testid='api-client-kind-app']").Click();

        cut.WaitForAssertion(() => cut.FindAll("input[data-testid='api-client-redirect']").Count.ShouldBe(1));
    }

    private IRenderedComponent<NewApiClientForm> Render(IReadOnlySet<string> held) =>
        Render<NewApiClientForm>(parameters => parameters
            .Add(form => form.HeldScopes, held)
            .Add(form => form.OnCreate, request =>
            {
                submitted.Add(new NewApiClient { Name = request.Name, Scopes = [.. request.Scopes], RedirectUri = request.RedirectUri });
                return Task.FromResult(answer);
            }));
}
