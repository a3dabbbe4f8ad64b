using HarmTaxonomy.Web.Infrastructure.Database;

namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>The app's entry point: builds the host, prepares the database, serves until stopped.</summary>
public static class HarmTaxonomyApp
{
    public const string MigrateCommand = "migrate";

    public static async Task<int> RunAsync(string[] args)
    {
        var migrateOnly = args.Contains(MigrateCommand, StringComparer.Ordinal);
        var hostArgs = args.Where(arg => arg != MigrateCommand).ToArray();
        using var bootstrapLogging = StartupLogging.CreateFactory();
        var logger = bootstrapLogging.CreateLogger("HarmTaxonomy.Startup");
        try
        {
            var builder = WebApplication.CreateBuilder(hostArgs);
            await using var database = await DatabaseConnection.ResolveAsync(builder.Configuration, bootstrapLogging, CancellationToken.None);
            builder.AddHarmTaxonomy(database);
            await using var app = builder.Build();
            app.UseHarmTaxonomy();

            if (migrateOnly)
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().PrepareAsync(migrateOnly: true, CancellationToken.None);
                logger.LogInformation("The database schema is current; nothing else to do for '{Command}'.", MigrateCommand);
                return 0;
            }

            await app.RunAsync();
            return 0;
        }
        catch (HostAbortedException)
        {
            // Test hosts (WebApplicationFactory) stop the entry point this way once they have the built app.
            throw;
        }
        catch (Exception exception)
        {
            if (StartupFailure.Explain(exception) is { } explanation)
            {
                logger.LogCritical("HarmTaxonomy could not start: {Explanation}", explanation);
            }
            else
            {
                logger.LogCritical(exception, "HarmTaxonomy stopped on an unexpected error: {Message}", exception.Message);
            }

            return 1;
        }
    }
}
