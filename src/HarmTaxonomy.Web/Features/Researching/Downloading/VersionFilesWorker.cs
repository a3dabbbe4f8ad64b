using System.Threading.Channels;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Marten;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// Generates the downloads of each version as soon as it is published (told by <see cref="PublishedVersionsListener"/>),
/// and at start those of any version that has none yet (published before an upgrade, or while an instance was down),
/// so the first researcher to ask never waits for them.
/// </summary>
public sealed class VersionFilesWorker(VersionFiles files, IDocumentStore store, ILogger<VersionFilesWorker> logger) : BackgroundService
{
    private readonly Channel<(string Slug, string Version)> published = Channel.CreateUnbounded<(string, string)>();

    public void Published(string slug, string version) => published.Writer.TryWrite((slug, version));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await QueueVersionsWithoutFilesAsync(stoppingToken);
            await foreach (var (slug, version) in published.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await files.EnsureAsync(slug, version, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The first request for the version generates them instead; nothing is lost.
                    logger.LogError(exception, "Generating the downloads of {Slug} {Version} failed", slug, version);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping, including when the app fails to start (a port in use): a quiet end, not a crash report.
        }
    }

    private async Task QueueVersionsWithoutFilesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.QuerySession();
            var versions = await session.Query<TaxonomyVersionDocument>()
                .Select(version => new { version.Id, version.Slug, version.Version })
                .ToListAsync(cancellationToken);
            var generated = (await session.Query<VersionDownloads>().Select(downloads => downloads.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var version in versions.Where(version => !generated.Contains(version.Id)))
            {
                Published(version.Slug, version.Version);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not look for versions without downloads; they are generated on first request");
        }
    }
}
