using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Shared;

namespace HarmTaxonomy.Web.Features.Accounts.DeletingAccount;

public sealed class DeleteAccountInput
{
    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.PasswordRequired))]
    public string? Password { get; set; }
}
