using JasperFx;
using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>
/// Whether a failed write broke a unique index: the database's answer to a race that a check before the write could
/// not rule out (two taxonomies taking one slug, two open sessions drawing one join code). Marten wraps the
/// PostgreSQL error, so the whole chain of inner exceptions is searched.
/// </summary>
public static class UniqueViolation
{
    public static bool IsCauseOf(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or DocumentAlreadyExistsException)
            {
                return true;
            }
        }

        return false;
    }
}
