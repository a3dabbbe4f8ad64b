using System.Text;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace HarmTaxonomy.Web.Features.Accounts.ResettingPassword;

/// <summary>
/// The link in a password-reset email: <c>/account/reset-password?code=…&amp;email=…</c>, the Identity token
/// Base64Url-encoded (as in the ASP.NET Core template) so it survives mail clients and query strings intact.
/// </summary>
public static class PasswordResetLink
{
    public static string Create(Uri siteBase, string email, string token) =>
        QueryHelpers.AddQueryString(
            new Uri(siteBase, AccountPaths.ResetPassword.TrimStart('/')).AbsoluteUri,
            new Dictionary<string, string?>
            {
                ["code"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)),
                ["email"] = email,
            });

    /// <summary>The Identity token in a link's code, or null when the code is missing or mangled.</summary>
    public static string? DecodeCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
