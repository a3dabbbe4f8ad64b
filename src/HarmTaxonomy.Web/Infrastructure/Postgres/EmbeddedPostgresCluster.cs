using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// A private PostgreSQL server run from the machine's PostgreSQL binaries, listening on 127.0.0.1
/// only. Used by the app when no connection string is configured, and by tests (one per run).
/// </summary>
public sealed class EmbeddedPostgresCluster : IAsyncDisposable
{
    /// <summary>The superuser initdb creates; the app connects as it because the cluster is its alone.</summary>
    internal const string SuperUser = "harmtaxonomy";

    private readonly ClusterLayout _layout;
    private readonly PostgresServerControl _control;
    private readonly string _password;
    private readonly int? _postmasterPid;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, byte> _handedOutConnectionStrings = new(StringComparer.Ordinal);

    // Serialises CREATE DATABASE calls with each other and with stopping.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _stopped;

    internal EmbeddedPostgresCluster(
        ClusterLayout layout,
        PostgresBinaries binaries,
        PostgresServerControl control,
        int port,
        string password,
        int? postmasterPid,
        bool wasInitialized,
        string databaseName,
        ILogger logger)
    {
        _layout = layout;
        _control = control;
        _password = password;
        _postmasterPid = postmasterPid;
        _logger = logger;
        Port = port;
        BinDirectory = binaries.Directory;
        ServerMajorVersion = binaries.MajorVersion;
        WasInitialized = wasInitialized;
        ConnectionString = ConnectionStringFor(databaseName);
    }

    /// <summary>Connection string for the app database (<see cref="EmbeddedPostgresOptions.DatabaseName"/>).</summary>
    public string ConnectionString { get; }

    public int Port { get; }

    /// <summary>The cluster folder (holding data/, run/, password and postgres.log).</summary>
    public string DataDirectory => _layout.Root;

    /// <summary>True when this start created the cluster with initdb, false when it reused one.</summary>
    public bool WasInitialized { get; }

    public string BinDirectory { get; }

    public int ServerMajorVersion { get; }

    public static Task<EmbeddedPostgresCluster> StartAsync(EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (OperatingSystem.IsWindows())
        {
            throw new PostgresNotFoundException(
                "The embedded PostgreSQL server is not supported on Windows. " + PostgresNotFoundException.WaysOut);
        }

        return EmbeddedPostgresLauncher.LaunchAsync(options, logger, LoopbackPort.PickFree, ct);
    }

    public string ConnectionStringFor(string database)
    {
        DatabaseNames.Validate(database, nameof(database));
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Password = _password,
            Database = database,
        }.ConnectionString;
        // Remembered so that stopping can drop their pooled connections, which would be dead
        // (and could be handed out again) if a later server happens to get the same port.
        _handedOutConnectionStrings.TryAdd(connectionString, 0);
        return connectionString;
    }

    /// <summary>Creates <paramref name="database"/> unless it exists (Marten does not create databases).</summary>
    public async Task CreateDatabaseAsync(string database, CancellationToken ct = default)
    {
        DatabaseNames.Validate(database, nameof(database));
        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            await DatabaseCreator.CreateIfMissingAsync(AdminConnectionString(), database, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server (pg_ctl stop -m fast). Safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_stopped)
            {
                return;
            }

            ClearConnectionPools();
            // After a crash-restart another instance may own the folder now; its server is not ours to stop.
            var currentPid = _layout.ReadPostmasterPid();
            if (currentPid is not null && currentPid != _postmasterPid)
            {
                _logger.ServerReplaced(_layout.Root);
            }
            else if (currentPid is not null)
            {
                await _control.StopAsync(ct);
                _logger.ServerStopped(Port, _layout.Root);
            }

            _stopped = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    // Unpooled: the launcher's own connections must not linger and hold the server open.
    private string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString;

    private void ClearConnectionPools()
    {
        foreach (var connectionString in _handedOutConnectionStrings.Keys)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
