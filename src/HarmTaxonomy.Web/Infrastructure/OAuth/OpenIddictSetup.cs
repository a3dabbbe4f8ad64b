using System.Security.Cryptography.X509Certificates;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Startup;
using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>
/// The OAuth 2 / OpenID Connect server for tools and third-party apps (client credentials; authorization code with
/// PKCE and refresh tokens), and validation of its access tokens on <c>/api/v1</c>.
/// </summary>
public static class OpenIddictSetup
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";
    public const string RevocationPath = "/connect/revoke";

    public static IServiceCollection AddHarmTaxonomyOpenIddict(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        var settings = OpenIddictSettings.From(configuration, isDevelopment);

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetEndSessionEndpointUris(EndSessionPath)
                    .SetRevocationEndpointUris(RevocationPath);
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes([
                    OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email,
                    OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, .. ApiScopes.All]);
                AddCertificates(server, settings);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (settings.AllowInsecureHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // Revoking a client or a token takes effect at once, not when the token expires.
                validation.EnableTokenEntryValidation();
            });

        return services;
    }

    private static void AddCertificates(OpenIddictServerBuilder server, OpenIddictSettings settings)
    {
        if (settings.SigningCertificate is { } signing && settings.EncryptionCertificate is { } encryption)
        {
            server.AddSigningCertificate(Load(signing)).AddEncryptionCertificate(Load(encryption));
        }
        else if (settings.UseDevelopmentCertificates)
        {
            server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
        }
        else
        {
            throw new ConfigurationProblemException(
                "OpenIddict needs X.509 certificates outside Development: set OpenIddict:SigningCertificate:Path and " +
                "OpenIddict:EncryptionCertificate:Path (and their :Password), see docs/operations.md.");
        }
    }

    private static X509Certificate2 Load(CertificateSetting setting)
    {
        if (!File.Exists(setting.Path))
        {
            throw new ConfigurationProblemException($"The OpenIddict certificate file {setting.Path} does not exist.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(setting.Path, setting.Password);
    }
}
