using Bunit;
using Bunit.TestDoubles;
using HarmTaxonomy.Web.Features.Accounts.DenyingAccess;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.DenyingAccess;

public sealed class NotAuthorizedRedirectTests : MudBunitContext
{
    [Fact]
    public void An_anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        AddAuthorization();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/admin/users?page=2");

        Render<NotAuthorizedRedirect>();

        var redirect = navigation.History.First();
        redirect.Uri.ShouldBe("/account/login?ReturnUrl=%2Fadmin%2Fusers%3Fpage%3D2");
        redirect.Options.ForceLoad.ShouldBeTrue();
    }

    [Fact]
    public void A_signed_in_person_without_the_role_is_sent_to_the_access_denied_page()
    {
        AddAuthorization().SetAuthorized("Ana");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/admin/users");

        Render<NotAuthorizedRedirect>();

        var redirect = navigation.History.First();
        redirect.Uri.ShouldBe("/account/access-denied?ReturnUrl=%2Fadmin%2Fusers");
        redirect.Options.ForceLoad.ShouldBeTrue();
    }
}
