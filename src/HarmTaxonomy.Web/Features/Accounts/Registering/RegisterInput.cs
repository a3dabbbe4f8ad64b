using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.Registering;

/// <summary>What the registration form posts. Checked at the edge; Identity checks the password and email again.</summary>
public sealed class RegisterInput
{
    public const int EmailMaxLength = 256;
    public const int PasswordMaxLength = 128;

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailInvalid))]
    [MaxLength(EmailMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.DisplayNameRequired))]
    [MaxLength(AppUser.DisplayNameMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? DisplayName { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    [MinLength(IdentitySetup.PasswordMinLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordTooShort))]
    [MaxLength(PasswordMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? Password { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.ConfirmPasswordRequired))]
    [Compare(nameof(Password), ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordsDoNotMatch))]
    public string? ConfirmPassword { get; set; }
}
