namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>
/// Prepares the database as the host starts. Hosted services start before Kestrel listens, so the app never
/// serves a request against a schema that is not ready or a catalogue that is not loaded.
/// </summary>
public sealed class DatabasePreparationService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().PrepareAsync(migrateOnly: false, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
