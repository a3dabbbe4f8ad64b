using System.Text.Json;
using System.Text.Json.Serialization;
using HarmTaxonomy.Web.Components;
using HarmTaxonomy.Web.Features.Accounts;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Features.ApiAccess;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Features.OAuth;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Seeding;
using HarmTaxonomy.Web.Features.Researching;
using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Features.Sessions.ClaimingParticipation;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using HarmTaxonomy.Web.Features.Sessions.Shared;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Seeding;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Database;
using HarmTaxonomy.Web.Infrastructure.Health;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Localization;
using HarmTaxonomy.Web.Infrastructure.Marten;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.Preferences;
using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.AspNetCore.SignalR;
using MudBlazor.Services;

namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>What the app is made of (services) and how a request flows through it (middleware and endpoints).</summary>
public static class HarmTaxonomyServices
{
    /// <summary>Where the app listens when neither --urls, Urls nor ASPNETCORE_URLS says otherwise (launch settings agree).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddHarmTaxonomy(this WebApplicationBuilder builder, DatabaseConnection database)
    {
        // A default in code rather than in appsettings.json: a "Urls" value there would silently beat ASPNETCORE_URLS.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.ClearProviders();
        StartupLogging.Configure(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(database);
        // First of all hosted services: the others (Data Protection's key ring among them) read the database at start.
        services.AddHostedService<DatabasePreparationService>();
        services.AddSingleton(TimeProvider.System);
        services.AddHarmTaxonomyMarten(database.ConnectionString, builder.Environment.IsDevelopment());
        services.AddHarmTaxonomyIdentity(database.ConnectionString, builder.Environment.IsDevelopment());
        services.AddHarmTaxonomyOpenIddict(builder.Configuration, builder.Environment.IsDevelopment());
        services.AddScoped<DatabasePreparation>();
        services.AddScoped<ReferenceTaxonomySeeder>();
        services.AddScoped<ReferenceTaxonomyQueries>();
        services.AddSingleton<TaxonomyDraftCache>();
        services.AddSingleton<PublishedVersionCache>();
        services.AddScoped<TaxonomyWriter>();
        services.AddScoped<TaxonomyQueries>();
        services.AddScoped<DemoTaxonomySeeder>();
        services.AddScoped<DraftApiWriter>();
        services.AddScoped<ICurationDrafts, CurationDrafts>();
        services.AddScoped<RoleAssignments>();
        services.AddScoped<LastAdminGuard>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<RoleChangeLog>();
        services.AddScoped<ApiClientRegistry>();
        services.AddHarmTaxonomyAuthorization();
        services.AddScoped<AccountsBootstrap>();
        services.AddScoped<BootstrapClientRegistration>();
        services.AddScoped<OAuthGrants>();
        services.AddScoped<ThemePreference>();
        services.AddParticipantTokens();
        services.AddScoped<GuestParticipationClaim>();
        services.AddScoped<IRegistrationFollowUp, GuestClaimOnRegistration>();
        services.AddLiveSessions();
        services.AddSessionPages();
        services.AddPolisInterop(builder.Configuration);
        services.AddResearch(builder.Configuration);

        services.AddRazorComponents().AddInteractiveServerComponents();
        // Blazor adds SignalR for its circuits anyway; said here because session hubs (under /hubs) rely on it.
        services.AddSignalR().AddHubOptions<SessionHub>(options => options.AddFilter<SessionHubErrors>());
        services.AddAccountPages();
        // Snackbars at MudBlazor's default 95 % opacity let the page show through: white on the success green then
        // falls to 4.35:1, under the 4.5:1 that text needs. Fully opaque, it is 5.1:1.
        services.AddMudServices(options => options.SnackbarConfiguration.MaximumOpacity = 100);
        services.AddLocalization();
        services.AddProblemDetails();
        // The API's enums read as words (status "deprecated", bump "major"), the same way the canonical JSON writes them.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddAntiforgery();
        services.AddHarmTaxonomyRateLimits(builder.Configuration);
        services.AddHarmTaxonomyHealthChecks();
        return builder;
    }

    public static WebApplication UseHarmTaxonomy(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // WebApplication routes before the first middleware added here, so the endpoint's policy is known by now.
        app.UseRateLimiter();
        app.UseConceptNegotiation();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(SupportedCultures.Default)
                .AddSupportedCultures(SupportedCultures.Names)
                .AddSupportedUICultures(SupportedCultures.Names);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHarmTaxonomyHealthChecks();
        app.MapCultureEndpoint();
        app.MapReferenceTaxonomyApi();
        app.MapConnectEndpoints();
        app.MapCallerEndpoint();
        app.MapRoleApi();
        app.MapResearch();
        app.MapTaxonomyApi();
        app.MapCurrentParticipantApi();
        app.MapSessionApi();
        app.MapPolisInterop();
        app.MapHub<SessionHub>(SessionHub.Path, options => options.CloseOnAuthenticationExpiration = true);
        app.MapEndpointContributors();
        // Framing is refused for every response by SecurityHeaders; Blazor's own, laxer header would duplicate it.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
