using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Template;

namespace HarmTaxonomy.Web.Features.Accounts.DenyingAccess;

/// <summary>
/// Which roles a page asks for, read from the <c>[Authorize(Roles = …)]</c> metadata of the endpoint its path matches,
/// so the access-denied page can say what is missing without a list kept by hand. Policies cannot be described this
/// way; a path guarded only by a policy gives no roles.
/// </summary>
public sealed class PageRoleRequirements(EndpointDataSource endpoints)
{
    public IReadOnlyList<string> For(string? returnUrl)
    {
        if (!LocalReturnUrl.IsLocal(returnUrl))
        {
            return [];
        }

        var path = returnUrl.Split('?', '#')[0];
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>().OrderBy(endpoint => endpoint.Order))
        {
            var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []);
            if (!matcher.TryMatch(path, []))
            {
                continue;
            }

            var roles = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .SelectMany(data => (data.Roles ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (roles.Count > 0)
            {
                return roles;
            }
        }

        return [];
    }
}
