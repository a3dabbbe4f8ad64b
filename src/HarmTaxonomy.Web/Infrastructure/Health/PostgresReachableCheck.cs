using HarmTaxonomy.Web.Infrastructure.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Health;

/// <summary>Ready only while PostgreSQL answers a query.</summary>
public sealed class PostgresReachableCheck(DatabaseConnection database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PostgresProbe.PingAsync(database.ConnectionString, timeoutSeconds: 5, cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", exception);
        }
    }
}
