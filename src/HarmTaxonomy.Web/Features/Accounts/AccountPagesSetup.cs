using HarmTaxonomy.Web.Features.Accounts.DeletingAccount;
using HarmTaxonomy.Web.Features.Accounts.DenyingAccess;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace HarmTaxonomy.Web.Features.Accounts;

/// <summary>The services behind the account pages and the signed-in state shown in the layout.</summary>
public static class AccountPagesSetup
{
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<PageRoleRequirements>();
        return services;
    }
}
