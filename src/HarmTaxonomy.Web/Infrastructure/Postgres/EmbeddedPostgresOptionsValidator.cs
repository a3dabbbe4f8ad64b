using System.Text.RegularExpressions;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>Rejects options that would make the server unreachable, or reachable from outside the machine.</summary>
internal static partial class EmbeddedPostgresOptionsValidator
{
    // Set by the launcher on every start; letting them through would e.g. open the server to the network.
    private static readonly HashSet<string> LauncherOwnedSettings =
        new(["listen_addresses", "port", "unix_socket_directories"], StringComparer.OrdinalIgnoreCase);

    public static void Validate(EmbeddedPostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabaseNames.Validate(options.DatabaseName, nameof(options.DatabaseName));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.StartTimeout, TimeSpan.Zero, nameof(options.StartTimeout));

        foreach (var name in options.ServerSettings.Keys)
        {
            if (!SettingName().IsMatch(name))
            {
                throw new ArgumentException($"ServerSettings: '{name}' is not a PostgreSQL setting name.", nameof(options));
            }

            if (LauncherOwnedSettings.Contains(name))
            {
                throw new ArgumentException($"ServerSettings: '{name}' is managed by the embedded PostgreSQL launcher.", nameof(options));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex SettingName();
}
