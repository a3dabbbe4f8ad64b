using HarmTaxonomy.Web.Features.Accounts.DeletingAccount;
using HarmTaxonomy.Web.Features.Accounts.DenyingAccess;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HarmTaxonomy.Web.Features.Accounts;

/// <summary>The services behind the account pages and the signed-in state shown in the layout.</summary>
public static class AccountPagesSetup
{
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<AccountRegistration>();
        // A follow-up registered anywhere else (before or after this call) replaces the no-op.
        services.TryAddScoped<IRegistrationFollowUp, NoRegistrationFollowUp>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<PageRoleRequirements>();
        return services;
    }
}
