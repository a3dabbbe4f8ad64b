using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// Participant tokens: issuer, validator, the <c>ParticipantToken</c> scheme and the <c>SessionParticipant</c>
/// policy. Sets no default scheme, so the account sign-in (cookies, OpenIddict) composes with it.
/// </summary>
public static class ParticipantTokenServices
{
    public static IServiceCollection AddParticipantTokens(this IServiceCollection services)
    {
        services.AddOptions<ParticipantTokenOptions>()
            .BindConfiguration(ParticipantTokenOptions.Section)
            .Validate(
                options => options.LifetimeMinutes is > 0 and <= ParticipantTokenOptions.MaxLifetimeMinutes,
                $"{ParticipantTokenOptions.Section}:LifetimeMinutes must be between 1 and {ParticipantTokenOptions.MaxLifetimeMinutes} (a week).")
            .ValidateOnStart();

        services.AddDataProtection();
        services.AddHttpContextAccessor();
        services.AddSingleton<ParticipantTokenIssuer>();
        services.AddSingleton<ParticipantTokenValidator>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ParticipantTokenHandler>(ParticipantTokenDefaults.AuthenticationScheme, displayName: "Participant token", configureOptions: null);
        services.AddSingleton<IAuthorizationHandler, SessionParticipantHandler>();
        services.AddAuthorization(options => options.AddPolicy(AuthorizationPolicies.SessionParticipant, policy => policy
            .AddAuthenticationSchemes(ParticipantTokenDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new SessionParticipantRequirement())));
        return services;
    }
}
