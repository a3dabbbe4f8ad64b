namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>The database is reachable but cannot be used as it is (for example its schema is behind the code).</summary>
public sealed class DatabaseNotReadyException(string message, Exception? inner = null) : Exception(message, inner);
