using Microsoft.Extensions.Logging;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

internal static partial class EmbeddedPostgresLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Initialised a new embedded PostgreSQL cluster in {DataDirectory}")]
    public static partial void ClusterInitialized(this ILogger logger, string dataDirectory);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Embedded PostgreSQL {Version} listening on 127.0.0.1:{Port}, cluster {DataDirectory}, started in {ElapsedMs} ms")]
    public static partial void ServerStarted(this ILogger logger, string version, int port, string dataDirectory, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Embedded PostgreSQL on port {Port} stopped (cluster {DataDirectory})")]
    public static partial void ServerStopped(this ILogger logger, int port, string dataDirectory);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "An embedded PostgreSQL server left running by an earlier run (crashed?) owns {DataDirectory}; stopping it before starting afresh")]
    public static partial void StoppingLeftoverServer(this ILogger logger, string dataDirectory);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Port {Port} was taken before PostgreSQL could bind it; retrying with another port")]
    public static partial void PortTaken(this ILogger logger, int port);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Creating OS user {OsUser} to run the embedded PostgreSQL server")]
    public static partial void CreatingOsUser(this ILogger logger, string osUser);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning,
        Message = "Not stopping the PostgreSQL server of {DataDirectory}: another launcher has replaced the one this instance started")]
    public static partial void ServerReplaced(this ILogger logger, string dataDirectory);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Could not stop the embedded PostgreSQL server of {DataDirectory} after a failed start")]
    public static partial void StopAfterFailedStartFailed(this ILogger logger, Exception exception, string dataDirectory);
}
