using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>OAuth error responses (RFC 6749 §5.2) written by OpenIddict, so clients get the standard JSON body.</summary>
internal static class OAuthErrors
{
    public static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
