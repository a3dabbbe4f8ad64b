using HarmTaxonomy.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>What an endpoint's authorization asks of a caller, read from the same metadata the authorization middleware reads.</summary>
public sealed record SecurityNeeds(bool Anonymous, bool Participant, IReadOnlyList<string> Scopes)
{
    private const string ScopePolicyPrefix = "scope:";

    public static SecurityNeeds Of(IList<object> metadata)
    {
        // The last IAllowAnonymous wins over a group's RequireAuthorization, as it does for the middleware.
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return new SecurityNeeds(true, false, []);
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().ToList();
        var scopes = policies
            .Where(policy => policy.StartsWith(ScopePolicyPrefix, StringComparison.Ordinal))
            .Select(policy => policy[ScopePolicyPrefix.Length..])
            .Concat(metadata.OfType<DocumentedScopes>().SelectMany(documented => documented.Scopes))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var anonymous = metadata.OfType<IAuthorizeData>().Any() is false;
        return new SecurityNeeds(anonymous, policies.Contains(AuthorizationPolicies.SessionParticipant, StringComparer.Ordinal), scopes);
    }
}
