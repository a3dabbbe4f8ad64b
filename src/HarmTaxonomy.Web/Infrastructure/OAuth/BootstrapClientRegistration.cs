using HarmTaxonomy.Web.Infrastructure.Startup;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>
/// <c>Api:BootstrapClient:Id</c> / <c>Api:BootstrapClient:Secret</c> register (or update) one confidential client
/// with every scope at start, for automation and CI.
/// </summary>
public sealed class BootstrapClientRegistration(
    IOpenIddictApplicationManager applications,
    IConfiguration configuration,
    ILogger<BootstrapClientRegistration> logger)
{
    public const int MinimumSecretLength = 24;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var clientId = configuration["Api:BootstrapClient:Id"];
        var secret = configuration["Api:BootstrapClient:Secret"];
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        if (secret.Length < MinimumSecretLength)
        {
            throw new ConfigurationProblemException(
                $"Api:BootstrapClient:Secret must have at least {MinimumSecretLength} characters (env Api__BootstrapClient__Secret).");
        }

        var descriptor = ApiClientDescriptors.Confidential(clientId, "Bootstrap client (configuration)", secret, ApiScopes.All, owner: null);
        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            logger.LogInformation("Registered the bootstrap API client {ClientId} with every scope", clientId);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
