using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.ResettingPassword;

/// <summary>The new password; the email and the code come from the link's query string.</summary>
public sealed class ResetPasswordInput
{
    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    [MinLength(IdentitySetup.PasswordMinLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordTooShort))]
    [MaxLength(RegisterInput.PasswordMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? Password { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.ConfirmPasswordRequired))]
    [Compare(nameof(Password), ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordsDoNotMatch))]
    public string? ConfirmPassword { get; set; }
}
