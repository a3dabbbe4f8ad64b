using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>How API clients are registered with OpenIddict: confidential, client credentials, the given scopes.</summary>
public static class ApiClientDescriptors
{
    /// <summary>The account that created a client; absent for clients from configuration.</summary>
    public const string OwnerProperty = "owner";

    public static OpenIddictApplicationDescriptor Confidential(
        string clientId, string displayName, string secret, IEnumerable<string> scopes, Guid? owner)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
            },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        if (owner is { } ownerId)
        {
            descriptor.Properties[OwnerProperty] = JsonSerializer.SerializeToElement(ownerId.ToString());
        }

        return descriptor;
    }
}
