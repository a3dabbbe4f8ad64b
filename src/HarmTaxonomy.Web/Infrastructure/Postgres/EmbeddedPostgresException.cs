namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// The embedded PostgreSQL launcher found the binaries but could not get a server running:
/// an unreachable cluster folder, a failed initdb or pg_ctl (the message carries the tail of
/// their output or of postgres.log), binaries that are too old, or a cluster from another major version.
/// </summary>
public sealed class EmbeddedPostgresException : Exception
{
    public EmbeddedPostgresException()
        : base("The embedded PostgreSQL server could not be started.")
    {
    }

    public EmbeddedPostgresException(string message)
        : base(message)
    {
    }

    public EmbeddedPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
