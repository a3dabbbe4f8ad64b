using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Security;

namespace HarmTaxonomy.Web.Features.Accounts.Shared;

/// <summary>Where the account pages live. The pages' <c>@page</c> directives repeat these; a test keeps them in step.</summary>
public static class AccountPaths
{
    public const string Register = "/account/register";
    public const string Login = IdentitySetup.LoginPath;
    public const string Logout = "/account/logout";
    public const string ForgotPassword = "/account/forgot-password";
    public const string ResetPassword = "/account/reset-password";
    public const string Manage = "/account/manage";
    public const string ChangePassword = "/account/manage/change-password";
    public const string DeleteAccount = "/account/manage/delete";
    public const string AccessDenied = IdentitySetup.AccessDeniedPath;

    /// <summary>The query parameter the cookie handler uses when it sends someone to sign in.</summary>
    public const string ReturnUrlParameter = "ReturnUrl";

    /// <summary><paramref name="path"/> carrying a local return URL along, so the person ends up where they were going.</summary>
    public static string WithReturnUrl(string path, string? returnUrl) =>
        LocalReturnUrl.IsLocal(returnUrl) && returnUrl != "/"
            ? $"{path}?{ReturnUrlParameter}={Uri.EscapeDataString(returnUrl)}"
            : path;
}
