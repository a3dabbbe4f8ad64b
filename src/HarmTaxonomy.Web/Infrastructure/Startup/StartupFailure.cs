using System.Net.Sockets;
using HarmTaxonomy.Web.Infrastructure.Database;
using HarmTaxonomy.Web.Infrastructure.Postgres;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>Turns the failures an operator can fix into one sentence that says what to do.</summary>
public static class StartupFailure
{
    public static string? Explain(Exception exception) => exception switch
    {
        PostgresNotFoundException notFound => notFound.Message,
        EmbeddedPostgresException embedded => embedded.Message,
        DatabaseNotReadyException notReady => notReady.Message,
        ConfigurationProblemException problem => problem.Message,
        IOException { InnerException: AddressInUseException } bindFailure =>
            $"{bindFailure.Message.TrimEnd('.')}. Stop the program using that port, or choose another address with --urls http://localhost:5090.",
        AddressInUseException inUse =>
            $"{inUse.Message}. Stop the program using that port, or choose another address with --urls http://localhost:5090.",
        NpgsqlException or SocketException or TimeoutException =>
            $"PostgreSQL is not reachable with ConnectionStrings:Postgres ({exception.GetBaseException().Message}). " +
            "Check the host, port and credentials, or remove the setting to use the embedded PostgreSQL.",
        InvalidOperationException or ArgumentException when exception.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase) =>
            $"ConnectionStrings:Postgres is not a valid PostgreSQL connection string: {exception.Message}",
        OptionsValidationException invalid => $"{string.Join(" ", invalid.Failures)} Correct the setting and start again.",
        InvalidOperationException when exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            $"{exception.Message} Correct the setting and start again.",
        AggregateException { InnerExceptions.Count: 1 } aggregate => Explain(aggregate.InnerExceptions[0]),
        _ when exception.InnerException is not null => Explain(exception.InnerException),
        _ => null,
    };
}
