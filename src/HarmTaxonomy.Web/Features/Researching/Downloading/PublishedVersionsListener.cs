using HarmTaxonomy.Domain.Taxonomies.Publishing;
using Marten;
using Marten.Services;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>Hands every version this process publishes to <see cref="VersionFilesWorker"/> once the commit stands.</summary>
public sealed class PublishedVersionsListener(Func<VersionFilesWorker> worker, Func<ILogger<PublishedVersionsListener>> logger) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        try
        {
            foreach (var change in commit.GetEvents())
            {
                if (change.Data is TaxonomyVersionPublished published)
                {
                    worker().Published(published.Snapshot.Slug, published.Version);
                }
            }
        }
        catch (Exception exception)
        {
            // The publication stands whatever happens here: the files are generated on the first request instead.
            logger().LogError(exception, "Queueing the downloads of a published version failed");
        }

        return Task.CompletedTask;
    }
}
