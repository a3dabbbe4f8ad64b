using System.Collections.ObjectModel;
using HarmTaxonomy.Web.Infrastructure.Postgres;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Postgres;

/// <summary>A fresh cluster folder under /tmp per test, removed afterwards.</summary>
internal sealed class TemporaryClusterFolder : IDisposable
{
    // Under /tmp rather than the test's working folder: the cluster user must be able to reach it when
    // tests run as root. One parent per OS user, so a root CI run cannot lock developers out of it.
    private static readonly string TestRoot = $"/tmp/ht-pg-tests-{Environment.UserName}";

    /// <summary>Durability off: nothing here must survive a machine crash, and it makes tests much faster.</summary>
    public static readonly IReadOnlyDictionary<string, string> FastServerSettings = new ReadOnlyDictionary<string, string>(
        new Dictionary<string, string>
        {
            ["fsync"] = "off",
            ["synchronous_commit"] = "off",
            ["full_page_writes"] = "off",
        });

    public TemporaryClusterFolder()
    {
        Directory.CreateDirectory(TestRoot);
        Path = System.IO.Path.Combine(TestRoot, Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public EmbeddedPostgresOptions Options() => new()
    {
        DataDirectory = Path,
        ServerSettings = FastServerSettings,
    };

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
