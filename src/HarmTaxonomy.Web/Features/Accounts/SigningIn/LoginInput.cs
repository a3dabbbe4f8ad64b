using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Shared;

namespace HarmTaxonomy.Web.Features.Accounts.SigningIn;

/// <summary>What the sign-in form posts. No length rules here: a wrong password is just wrong, whatever its length.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}
