using HarmTaxonomy.Web.Infrastructure.Identity;
using Marten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarmTaxonomy.Web.Infrastructure.Health;

/// <summary>Ready only while the database holds every table, function, index and migration the code expects.</summary>
public sealed class SchemaCurrentCheck(IDocumentStore store, AccountsDbContext accounts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
            if ((await accounts.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return HealthCheckResult.Unhealthy("Account migrations are pending: run the migrate step.");
            }

            return HealthCheckResult.Healthy("The Marten schema and the account migrations are current.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The Marten schema is not current: run the migrate step.", exception);
        }
    }
}
