using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class ManagingProfileTests(AccountsApp app)
{
    [Fact]
    public async Task The_profile_needs_a_signed_in_person()
    {
        var response = await FormClient.For(app).Http.GetAsync("/account/manage");

        response.RedirectTarget().ShouldBe("/account/login?ReturnUrl=%2Faccount%2Fmanage");
    }

    [Fact]
    public async Task The_form_starts_from_what_is_stored()
    {
        var (client, _) = await SignedInAsync("nora", "Nora");

        var page = await client.GetPageAsync("/account/manage");

        page.InputValue("profile-display-name").ShouldBe("Nora");
        page.QuerySelector("[data-testid='profile-language'] option[selected]")!.GetAttribute("value").ShouldBe("en");
        page.QuerySelector("[data-testid='profile-consent']")!.HasAttribute("checked").ShouldBeFalse();
    }

    [Fact]
    public async Task Communities_without_consent_are_refused_next_to_the_field_and_nothing_is_saved()
    {
        var (client, email) = await SignedInAsync("olga", "Olga");

        var response = await SaveAsync(client, "Olga Renamed", "en", "Deaf community, Rural teachers", consent: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await FormClient.ParseAsync(response);
        page.FieldMessage("profile-communities").ShouldStartWith("To keep these communities, tick the consent box below");
        page.InputValue("profile-display-name").ShouldBe("Olga Renamed");
        page.QuerySelector("[data-testid='profile-communities']")!.TextContent.ShouldBe("Deaf community, Rural teachers");
        var user = (await app.FindAccountAsync(email)).ShouldNotBeNull();
        user.DisplayName.ShouldBe("Olga");
        user.Communities.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_consent_the_profile_is_saved_and_the_app_bar_shows_the_new_name()
    {
        var (client, email) = await SignedInAsync("paula", "Paula");

        var response = await SaveAsync(client, "Paula P.", "en", "Deaf community,\nRural teachers\n deaf COMMUNITY ", consent: true);

        response.RedirectTarget().ShouldBe("/account/manage?saved=true");
        var user = (await app.FindAccountAsync(email)).ShouldNotBeNull();
        user.DisplayName.ShouldBe("Paula P.");
        user.Communities.ShouldBe(["Deaf community", "Rural teachers"]);
        user.CommunitiesConsentedAt.ShouldNotBeNull();

        var page = await client.GetPageAsync("/account/manage?saved=true");
        page.Has("profile-saved").ShouldBeTrue();
        page.TextOf("account-menu").ShouldContain("Paula P.");
        page.QuerySelector("[data-testid='profile-communities']")!.TextContent.ShouldBe("Deaf community\nRural teachers");
        page.QuerySelector("[data-testid='profile-consent']")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Clearing_the_communities_removes_them_and_the_consent()
    {
        var (client, email) = await SignedInAsync("quim", "Quim");
        (await SaveAsync(client, "Quim", "en", "Fishers", consent: true)).StatusCode.ShouldBe(HttpStatusCode.Found);

        (await SaveAsync(client, "Quim", "en", "  ", consent: true)).StatusCode.ShouldBe(HttpStatusCode.Found);

        var user = (await app.FindAccountAsync(email)).ShouldNotBeNull();
        user.Communities.ShouldBeEmpty();
        user.CommunitiesConsentedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Too_many_or_too_long_communities_are_refused_next_to_the_field()
    {
        var (client, _) = await SignedInAsync("rosa", "Rosa");

        var tooMany = await FormClient.ParseAsync(await SaveAsync(client, "Rosa", "en", string.Join(",", Enumerable.Range(1, 11).Select(i => $"Group {i}")), consent: true));
        var tooLong = await FormClient.ParseAsync(await SaveAsync(client, "Rosa", "en", new string('x', 81), consent: true));

        tooMany.FieldMessage("profile-communities").ShouldBe("List at most 10 communities.");
        tooLong.FieldMessage("profile-communities").ShouldBe("Each community can have at most 80 characters.");
    }

    [Fact]
    public async Task Choosing_Spanish_saves_it_and_sets_the_language_cookie()
    {
        var (client, email) = await SignedInAsync("sara", "Sara");

        var response = await SaveAsync(client, "Sara", "es", "", consent: false);

        response.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Des", StringComparison.Ordinal));
        (await app.FindAccountAsync(email)).ShouldNotBeNull().PreferredLanguage.ShouldBe("es");
        var page = await client.GetPageAsync("/account/manage?saved=true");
        page.TextOf("profile-saved").ShouldBe("Tu perfil se ha guardado.");
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        var (client, _) = await SignedInAsync("tina", "Tina");

        var page = await FormClient.ParseAsync(await SaveAsync(client, "Tina", "xx", "", consent: false));

        page.FieldMessage("profile-language").ShouldBe("Choose one of the languages in the list.");
    }

    private async Task<(FormClient Client, string Email)> SignedInAsync(string who, string displayName)
    {
        var email = TestAccounts.NewEmail(who);
        await app.CreateAccountAsync(email, displayName);
        var client = FormClient.For(app);
        await client.SignInAsync(email);
        return (client, email);
    }

    private static Task<HttpResponseMessage> SaveAsync(FormClient client, string displayName, string language, string communities, bool consent)
    {
        List<(string, string)> fields =
        [
            ("Input.DisplayName", displayName),
            ("Input.PreferredLanguage", language),
            ("Input.Communities", communities),
        ];
        if (consent)
        {
            fields.Add(("Input.Consent", "true"));
        }

        return client.SubmitAsync("/account/manage", "profile", [.. fields]);
    }
}
