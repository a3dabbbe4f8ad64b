using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarmTaxonomy.Web.Infrastructure.Health;

/// <summary>Ready only while the database holds every table, function and index the code expects.</summary>
public sealed class MartenSchemaCurrentCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
            return HealthCheckResult.Healthy("The Marten schema is current.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The Marten schema is not current: run the migrate step.", exception);
        }
    }
}
