using HarmTaxonomy.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>
/// <c>/connect/endsession</c>: an app that shows the ID token it received (<c>id_token_hint</c>, checked by
/// OpenIddict) signs the person out here and gets them back at its registered address. Without it, anyone's link
/// or image could sign people out, so the person is asked on the sign-out page instead.
/// </summary>
internal static class EndingSessions
{
    public static async Task<IResult> EndAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (string.IsNullOrEmpty(request.IdTokenHint))
        {
            return Results.Redirect(AccountPaths.Logout);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
