using HarmTaxonomy.Web.Features.Accounts.DenyingAccess;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.DenyingAccess;

public sealed class PageRoleRequirementsTests
{
    private readonly PageRoleRequirements requirements = new(new DefaultEndpointDataSource(
        Endpoint("/admin/users", new AuthorizeAttribute { Roles = "Admin" }),
        Endpoint("/account/api-clients", new AuthorizeAttribute { Roles = "Researcher, Curator,Admin" }),
        Endpoint("/sessions/{code}/moderate", new AuthorizeAttribute { Roles = "Facilitator" }),
        Endpoint("/account/manage", new AuthorizeAttribute()),
        Endpoint("/taxonomies")));

    [Fact]
    public void The_roles_come_from_the_matching_page()
    {
        requirements.For("/admin/users").ShouldBe(["Admin"]);
        requirements.For("/account/api-clients?tab=new").ShouldBe(["Researcher", "Curator", "Admin"]);
        requirements.For("/sessions/ABC123/moderate").ShouldBe(["Facilitator"]);
    }

    [Theory]
    [InlineData("/account/manage")]
    [InlineData("/taxonomies")]
    [InlineData("/no-such-page")]
    [InlineData("https://evil.example/admin/users")]
    [InlineData(null)]
    public void Pages_without_roles_or_off_site_give_none(string? returnUrl) => requirements.For(returnUrl).ShouldBeEmpty();

    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);
}
