using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.ChangingPassword;

public sealed class ChangePasswordInput
{
    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    [MinLength(IdentitySetup.PasswordMinLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordTooShort))]
    [MaxLength(RegisterInput.PasswordMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? NewPassword { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.ConfirmPasswordRequired))]
    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordsDoNotMatch))]
    public string? ConfirmPassword { get; set; }
}
