using HarmTaxonomy.Web.Infrastructure.Postgres;

namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>
/// The PostgreSQL the app talks to: the configured <c>ConnectionStrings:Postgres</c>, or else a private cluster
/// started from the machine's binaries. Disposing it stops that private cluster.
/// </summary>
public sealed class DatabaseConnection : IAsyncDisposable
{
    public const string ConnectionStringName = "Postgres";

    public const string EmbeddedSection = "Postgres:Embedded";

    private DatabaseConnection(string connectionString, EmbeddedPostgresCluster? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }

    public EmbeddedPostgresCluster? Embedded { get; }

    public bool IsEmbedded => Embedded is not null;

    public static async Task<DatabaseConnection> ResolveAsync(IConfiguration configuration, ILoggerFactory logging, CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseConnection(configured, embedded: null);
        }

        var section = configuration.GetSection(EmbeddedSection);
        var options = new EmbeddedPostgresOptions
        {
            DataDirectory = NullIfBlank(section["DataDirectory"]),
            BinDirectory = NullIfBlank(section["BinDirectory"]),
        };
        var cluster = await EmbeddedPostgresCluster.StartAsync(options, logging.CreateLogger<EmbeddedPostgresCluster>(), cancellationToken);
        return new DatabaseConnection(cluster.ConnectionString, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null)
        {
            await Embedded.DisposeAsync();
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
