using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.ApiAccess;

/// <summary>What the API sees of the caller's token.</summary>
public sealed record Caller(string Subject, string? Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles, string? Owner);

/// <summary><c>GET /api/v1/me</c>: who a token speaks for and what it may do; handy to check a new client works.</summary>
public static class CallerEndpoint
{
    public const string Route = "/api/v1/me";

    public static IEndpointRouteBuilder MapCallerEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext http) =>
        {
            var user = http.User;
            return TypedResults.Ok(new Caller(
                user.GetClaim(Claims.Subject) ?? "",
                user.GetClaim(Claims.Name),
                [.. user.GetScopes()],
                [.. user.GetClaims(Claims.Role)],
                user.GetClaim(Infrastructure.OAuth.ApiClientDescriptors.OwnerProperty)));
        }).RequireAuthorization(AuthorizationPolicies.ApiToken)
            .Documented("Who the token speaks for", "The token's subject, name, scopes, roles and owner: handy to check a new client works.")
            .Returns(new Caller("htc_3f9a…", "Curation bot", ["taxonomies.read", "taxonomies.write"], ["Curator"], "0193a0c4-0000-7000-8000-000000000001")).WithTags("API access").WithMetadata(new SkipStatusCodePagesAttribute());
        return endpoints;
    }
}
