using System.Security.Claims;
using Bunit;
using HarmTaxonomy.Web.Components.Layout;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Components.Layout;

public sealed class AccountAreaTests : MudBunitContext
{
    public AccountAreaTests() => Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgery>();

    [Fact]
    public void Anonymous_visitors_see_sign_in_and_register()
    {
        AddAuthorization();

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<AccountArea>();

        cut.Find("[data-testid='nav-login']").GetAttribute("href").ShouldBe("/account/login");
        cut.Find("[data-testid='nav-register']").GetAttribute("href").ShouldBe("/account/register");
        cut.FindAll("[data-testid='account-menu']").ShouldBeEmpty();
    }

    [Fact]
    public void Signing_in_from_a_page_comes_back_to_it()
    {
        AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/taxonomies/llama-guard-3");

        var cut = Render<AccountArea>();

        cut.Find("[data-testid='nav-login']").GetAttribute("href").ShouldBe("/account/login?ReturnUrl=%2Ftaxonomies%2Fllama-guard-3");
    }

    [Fact]
    public void Signed_in_people_get_a_menu_named_after_them_with_profile_and_sign_out()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("ana@example.org");
        auth.SetClaims(new Claim(AppClaimTypes.DisplayName, "Ana"));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var popovers = Render<MudPopoverProvider>();

        var cut = Render<AccountArea>();
        cut.Find("[data-testid='account-menu']").TextContent.ShouldContain("Ana");
        cut.Find("[data-testid='account-menu']").TextContent.ShouldNotContain("ana@example.org");
        cut.FindAll("[data-testid='nav-login']").ShouldBeEmpty();

        cut.Find("[data-testid='account-menu'] button").Click();

        popovers.WaitForAssertion(() => popovers.Find("[data-testid='account-profile']").GetAttribute("href").ShouldBe("/account/manage"));
        var signOut = popovers.Find("[data-testid='account-logout']");
        signOut.GetAttribute("type").ShouldBe("submit");
        var form = signOut.Closest("form")!;
        form.GetAttribute("action").ShouldBe("/account/logout");
        form.GetAttribute("method").ShouldBe("post");
        form.QuerySelector("input[name='_handler']")!.GetAttribute("value").ShouldBe("logout");
        form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value").ShouldBe(FakeAntiforgery.Token);
    }

    [Fact]
    public void Without_a_display_name_claim_the_user_name_is_shown()
    {
        AddAuthorization().SetAuthorized("Ana");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();

        var cut = Render<AccountArea>();

        cut.Find("[data-testid='account-menu']").TextContent.ShouldContain("Ana");
    }

    [Fact]
    public void On_statically_rendered_pages_the_name_links_to_the_profile_and_sign_out_is_a_button()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("ana@example.org");
        auth.SetClaims(new Claim(AppClaimTypes.DisplayName, "Ana"));

        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var cut = Render<AccountArea>();

        var name = cut.Find("[data-testid='account-menu']");
        name.TagName.ShouldBe("A");
        name.GetAttribute("href").ShouldBe("/account/manage");
        name.TextContent.ShouldContain("Ana");
        cut.Find("[data-testid='account-logout']").Closest("form")!.GetAttribute("action").ShouldBe("/account/logout");
    }
}
