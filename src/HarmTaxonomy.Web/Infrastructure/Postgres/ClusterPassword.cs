using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// The superuser password of an embedded cluster: random per cluster, stored beside it so later
/// runs can connect. Files are created with mode 0600 from the start, never loosened afterwards.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class ClusterPassword
{
    private const int Length = 32;
    private const string UrlSafeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string Generate() => RandomNumberGenerator.GetString(UrlSafeAlphabet, Length);

    public static string Read(ClusterLayout layout)
    {
        try
        {
            var password = File.ReadAllText(layout.PasswordFile).Trim();
            return password.Length > 0
                ? password
                : throw new EmbeddedPostgresException($"The embedded PostgreSQL password file {layout.PasswordFile} is empty.");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EmbeddedPostgresException(
                $"The embedded PostgreSQL cluster in {layout.Root} has no password file, so the app cannot log in to it. " +
                $"Delete {layout.Root} to start over with a new, empty cluster.", ex);
        }
    }

    /// <summary>Replaces the password file atomically, so a crash never leaves a half-written one.</summary>
    public static void Save(ClusterLayout layout, string password)
    {
        var temporary = layout.PasswordFile + ".tmp";
        WriteOwnerOnlyFile(temporary, password);
        File.Move(temporary, layout.PasswordFile, overwrite: true);
    }

    public static void WriteOwnerOnlyFile(string path, string content)
    {
        // UnixCreateMode only applies to new files, so an old one is removed rather than reused.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly };
        using var writer = new StreamWriter(path, options);
        writer.Write(content);
    }
}
