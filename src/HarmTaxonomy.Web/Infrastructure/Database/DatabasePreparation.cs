using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Seeding;
using HarmTaxonomy.Web.Features.Sessions.Seeding;
using HarmTaxonomy.Web.Features.Taxonomies.Seeding;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Marten;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>
/// Runs before the app serves: checks PostgreSQL answers, brings the Marten schema up to date (Development,
/// the embedded cluster, or the explicit <c>migrate</c> command) or checks it is current (Production),
/// then loads the reference taxonomies, the bootstrap accounts and (in Development) the demo taxonomy and session.
/// </summary>
public sealed class DatabasePreparation(
    DatabaseConnection database,
    IDocumentStore store,
    AccountsDbContext accounts,
    IHostEnvironment environment,
    ReferenceTaxonomySeeder seeder,
    AccountsBootstrap accountsBootstrap,
    BootstrapClientRegistration bootstrapClient,
    DemoTaxonomySeeder demoTaxonomies,
    DemoSessionSeeder demoSessions,
    ILogger<DatabasePreparation> logger)
{
    // Instances starting together take turns; any fixed 64-bit number works.
    private const long BootstrapLockKey = 0x4854_4143_434F_554E;

    public async Task PrepareAsync(bool migrateOnly, CancellationToken cancellationToken)
    {
        await PostgresProbe.PingAsync(database.ConnectionString, timeoutSeconds: 10, cancellationToken);

        if (migrateOnly || environment.IsDevelopment() || database.IsEmbedded)
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await accounts.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database schema applied");
        }
        else
        {
            await AssertSchemaIsCurrentAsync(cancellationToken);
        }

        if (!migrateOnly)
        {
            await seeder.SeedAsync(cancellationToken);
            await using var turn = await PostgresAdvisoryLock.AcquireAsync(database.ConnectionString, BootstrapLockKey, cancellationToken);
            await accountsBootstrap.RunAsync(cancellationToken);
            await bootstrapClient.RunAsync(cancellationToken);
            await demoTaxonomies.SeedAsync(cancellationToken);
            await demoSessions.SeedAsync(cancellationToken);
        }
    }

    private async Task AssertSchemaIsCurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
            var pending = (await accounts.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException($"Account migrations not applied: {string.Join(", ", pending)}.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not NpgsqlException)
        {
            throw new DatabaseNotReadyException(
                "The database schema is not current. Run the migration step first: " +
                "'dotnet HarmTaxonomy.Web.dll migrate' (or 'dotnet run --project src/HarmTaxonomy.Web -- migrate'); see docs/operations.md.",
                exception);
        }
    }
}
