using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using OpenIddict.Abstractions;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;

namespace HarmTaxonomy.Web.Features.Researching.Diffing;

/// <summary>
/// Checks the <c>from</c> and <c>to</c> of a diff: both present, each a version number (<c>1.2.0</c>) or
/// <c>draft</c>. Published versions are public; comparing with the draft needs a token with <c>taxonomies.read</c>,
/// as every other read of the draft does.
/// </summary>
public static class DiffSides
{
    public static IResult? Malformed(string? from, string? to)
    {
        foreach (var (field, value) in new[] { ("from", from), ("to", to) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return TaxonomyProblems.Missing(field, $"Name both sides: ?from=1.0.0&to=1.1.0 (either may be '{TaxonomyQueries.Draft}').");
            }

            if (value.Trim() != TaxonomyQueries.Draft && !SemanticVersion.TryParse(value.Trim(), out _))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [field] = [$"'{value}' is not a version: use a number such as 1.2.0, or '{TaxonomyQueries.Draft}'."] },
                    detail: $"'{field}' must be a version number such as 1.2.0, or '{TaxonomyQueries.Draft}'.",
                    title: "Malformed version");
            }
        }

        return null;
    }

    /// <summary>Null when the caller may read both sides; else the 401 or 403 to answer.</summary>
    public static async Task<IResult?> RefusedAsync(HttpContext context, string from, string to)
    {
        if (from != TaxonomyQueries.Draft && to != TaxonomyQueries.Draft)
        {
            return null;
        }

        var token = await context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!token.Succeeded)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A token is needed to read the draft",
                detail: $"Published versions are public; the draft needs a bearer token with the scope {ApiScopes.TaxonomiesRead}.");
        }

        return token.Principal.HasScope(ApiScopes.TaxonomiesRead)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The token cannot read the draft",
                detail: $"Reading the draft needs the scope {ApiScopes.TaxonomiesRead}.");
    }
}
