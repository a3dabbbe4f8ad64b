using System.Globalization;
using Bunit;
using HarmTaxonomy.Web.Features.Accounts.DenyingAccess;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.DenyingAccess;

public sealed class AccessDeniedPageTests : MudBunitContext
{
    public AccessDeniedPageTests()
    {
        var admin = new RouteEndpoint(
            _ => Task.CompletedTask, RoutePatternFactory.Parse("/admin/users"), 0,
            new EndpointMetadataCollection(new AuthorizeAttribute { Roles = "Admin" }), "admin");
        Services.AddSingleton(new PageRoleRequirements(new DefaultEndpointDataSource(admin)));
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
    }

    [Fact]
    public void It_names_the_role_the_page_needs_and_the_ways_on()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/access-denied?ReturnUrl=%2Fadmin%2Fusers");

        var cut = Render<AccessDeniedPage>();

        cut.Find("[data-testid='access-denied-roles']").TextContent.ShouldBe("That page is for accounts with one of these roles: Administrator.");
        cut.Find("[data-testid='access-denied-home']").GetAttribute("href").ShouldBe("/");
        cut.Find("[data-testid='access-denied-profile']").GetAttribute("href").ShouldBe("/account/manage");
        cut.Find("[data-testid='access-denied-login']").GetAttribute("href").ShouldBe("/account/login?ReturnUrl=%2Fadmin%2Fusers");
    }

    [Fact]
    public void Role_names_are_translated()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/access-denied?ReturnUrl=%2Fadmin%2Fusers");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("es");
        try
        {
            var cut = Render<AccessDeniedPage>();

            cut.Find("[data-testid='access-denied-roles']").TextContent.ShouldContain("Administración");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
