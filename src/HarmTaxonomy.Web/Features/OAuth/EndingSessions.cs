using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary><c>/connect/endsession</c>: signs the person out here, then returns to the app's registered address.</summary>
internal static class EndingSessions
{
    public static async Task<IResult> EndAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
