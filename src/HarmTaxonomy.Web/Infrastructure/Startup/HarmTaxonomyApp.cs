using HarmTaxonomy.Web.Infrastructure.Database;
using HarmTaxonomy.Web.Infrastructure.Postgres;

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

            await app.Services.GetRequiredService<DatabasePreparation>().PrepareAsync(migrateOnly, CancellationToken.None);
            if (migrateOnly)
            {
                logger.LogInformation("The database schema is current; nothing else to do for '{Command}'.", MigrateCommand);
                return 0;
            }

            await app.RunAsync();
            return 0;
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
