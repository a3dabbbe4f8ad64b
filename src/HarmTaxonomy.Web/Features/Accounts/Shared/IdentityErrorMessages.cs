using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.Shared;

/// <summary>
/// Identity describes its errors in English only. These are the ones a person can fix, in their language; any
/// other error gets <c>null</c>, and the page logs it and shows a general message.
/// </summary>
public static class IdentityErrorMessages
{
    public static string? For(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AccountMessages.EmailTaken,
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => AccountMessages.EmailInvalid,
        nameof(IdentityErrorDescriber.PasswordTooShort) => AccountMessages.Format(AccountMessages.PasswordTooShort, IdentitySetup.PasswordMinLength),
        nameof(IdentityErrorDescriber.PasswordMismatch) => AccountMessages.CurrentPasswordWrong,
        _ => null,
    };

    /// <summary>Whether the error is about the email (or the user name, which is the email here) rather than the password.</summary>
    public static bool IsAboutEmail(IdentityError error) =>
        error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal);
}
