using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Shared;

namespace HarmTaxonomy.Web.Features.Accounts.ResettingPassword;

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.EmailInvalid))]
    public string? Email { get; set; }
}
