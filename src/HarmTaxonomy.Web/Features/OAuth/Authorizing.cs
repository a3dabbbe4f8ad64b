using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>
/// The authorization code flow's first leg: a signed-in person authorizes an app, which receives a code (PKCE
/// required). Not signed in: off to the sign-in page, and back here afterwards.
/// </summary>
internal static class Authorizing
{
    public static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OAuthErrors.Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            var returnTo = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnTo }, [IdentityConstants.ApplicationScheme]);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return OAuthErrors.Forbid(Errors.AccessDenied, "This account cannot sign in.");
        }

        var principal = await UserTokenIdentity.CreateAsync(user, users, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
