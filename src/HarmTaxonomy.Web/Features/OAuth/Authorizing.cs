using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
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
    public static async Task<IResult> AuthorizeAsync(
        HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, IOpenIddictApplicationManager applications)
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

            // Back here after signing in, without prompt=login: it asked for one sign-in, not for one on every return.
            var parameters = (http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList())
                .Where(parameter => parameter.Key != Parameters.Prompt);
            var returnTo = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnTo }, [IdentityConstants.ApplicationScheme]);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return OAuthErrors.Forbid(Errors.AccessDenied, "This account cannot sign in.");
        }

        // Apps are registered by a person for their own use, so consent is implicit, and only for them: a link to
        // someone else's app must not hand that app a code in another person's name.
        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated a client that does not exist.");
        if (await ApiClientOwnership.OwnerOfAsync(applications, application) is { } owner && owner != user.Id)
        {
            return OAuthErrors.Forbid(Errors.AccessDenied, "Only the person who registered this app can authorize it.");
        }

        var principal = await UserTokenIdentity.CreateAsync(user, users, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
