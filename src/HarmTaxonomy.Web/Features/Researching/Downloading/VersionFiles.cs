using System.Diagnostics;
using HarmTaxonomy.Domain.Exports.Packaging;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Researching.Provenance;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Database;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// Generates a published version's downloads once, stores them, and serves them from memory. Generation happens
/// right after publication (<see cref="VersionFilesWorker"/>) or, if that has not run yet, on the first request;
/// either way the first stored set wins, so every instance and every later request serves the same bytes and hashes.
/// The memory budget is <c>Downloads:CacheMegabytes</c> (default 512); least recently used versions leave first.
/// </summary>
public sealed class VersionFiles(
    IServiceScopeFactory scopes,
    IDocumentStore store,
    SiteIdentity site,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<VersionFiles> logger) : IDisposable
{
    public const string CacheBudgetKey = "Downloads:CacheMegabytes";

    // Generating is CPU-bound and a large version takes most of a second: one at a time keeps requests responsive.
    private readonly SemaphoreSlim generating = new(1, 1);

    private readonly MemoryCache cache = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(1, configuration.GetValue(CacheBudgetKey, 512)) * 1024L * 1024L,
    });

    /// <summary>The files of a published version, or null when the taxonomy or version does not exist.</summary>
    public async Task<VersionFileSet?> GetAsync(string slug, string version, CancellationToken cancellationToken)
    {
        var id = TaxonomyVersionDocument.IdFor(slug, version);
        if (cache.TryGetValue(id, out VersionFileSet? cached))
        {
            return cached;
        }

        return await LoadAsync(id, cancellationToken) ?? await GenerateAsync(slug, version, cancellationToken);
    }

    /// <summary>The files if this instance holds them in memory: the hot path, which needs no database at all.</summary>
    public VersionFileSet? Cached(string slug, string version) =>
        cache.TryGetValue(TaxonomyVersionDocument.IdFor(slug, version), out VersionFileSet? cached) ? cached : null;

    /// <summary>Makes sure a version's files exist (generating and storing them if not); used right after publishing.</summary>
    public async Task EnsureAsync(string slug, string version, CancellationToken cancellationToken) =>
        await GetAsync(slug, version, cancellationToken);

    private async Task<VersionFileSet?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<VersionDownloads>(id, cancellationToken);
        return stored is null ? null : Remember(stored);
    }

    private async Task<VersionFileSet?> GenerateAsync(string slug, string version, CancellationToken cancellationToken)
    {
        await generating.WaitAsync(cancellationToken);
        try
        {
            var id = TaxonomyVersionDocument.IdFor(slug, version);
            if (cache.TryGetValue(id, out VersionFileSet? cached))
            {
                return cached;
            }

            await using var scope = scopes.CreateAsyncScope();
            var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyQueries>();
            var published = await taxonomies.VersionAsync(slug, version, cancellationToken);
            if (published is null)
            {
                return null;
            }

            var input = await InputAsync(scope.ServiceProvider, taxonomies, published, cancellationToken);
            var timer = Stopwatch.StartNew();
            var files = VersionPackage.Build(input);
            var downloads = new VersionDownloads
            {
                Id = id,
                GeneratedAt = clock.GetUtcNow(),
                GenerationMilliseconds = timer.Elapsed.TotalMilliseconds,
                Files = [.. files.Select(file => new StoredVersionFile(file.Extension, file.FileName, file.Sha256, file.Content))],
            };
            logger.LogInformation("Generated the downloads of {Version} in {Milliseconds:0} ms", id, downloads.GenerationMilliseconds);
            return Remember(await StoreAsync(downloads, cancellationToken));
        }
        finally
        {
            generating.Release();
        }
    }

    private async Task<VersionPackageInput> InputAsync(
        IServiceProvider services, TaxonomyQueries taxonomies, TaxonomyVersionDocument published, CancellationToken cancellationToken)
    {
        var previous = published.PreviousVersion is { } previousVersion
            ? await taxonomies.VersionAsync(published.Slug, previousVersion, cancellationToken)
            : null;
        var summary = await taxonomies.FindAsync(published.Slug, cancellationToken);
        var history = summary?.Versions.TakeWhile(entry => entry.Version != published.Version).ToList() ?? [];
        var own = summary?.Versions.FirstOrDefault(entry => entry.Version == published.Version);
        if (own is not null)
        {
            history.Add(own);
        }

        var provenance = await services.GetRequiredService<ProvenanceQueries>().ForVersionAsync(published.Slug, published.Version, cancellationToken);
        return new VersionPackageInput
        {
            Version = published,
            Previous = previous?.Snapshot,
            History = history,
            Curators = provenance?.Curators ?? [published.PublishedBy.Name],
            Publisher = site.Publisher,
            PublicBaseUrl = site.PublicBaseUrl,
            ProvenanceJson = provenance is null ? "{}"u8.ToArray() : ProvenanceJson.Serialize(provenance),
        };
    }

    /// <summary>Stores the set unless another instance got there first, in which case theirs is the one served.</summary>
    private async Task<VersionDownloads> StoreAsync(VersionDownloads downloads, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(downloads);
            await session.SaveChangesAsync(cancellationToken);
            return downloads;
        }
        catch (Exception exception) when (UniqueViolation.IsCauseOf(exception))
        {
            await using var session = store.QuerySession();
            return await session.LoadAsync<VersionDownloads>(downloads.Id, cancellationToken) ?? downloads;
        }
    }

    private VersionFileSet Remember(VersionDownloads stored)
    {
        var separator = stored.Id.LastIndexOf('@');
        var set = new VersionFileSet(
            stored.Id[..separator],
            stored.Id[(separator + 1)..],
            [.. stored.Files.Select(file => new VersionFile(
                VersionFormats.ByExtension(file.Extension) ?? new VersionFormat(file.Extension, "application/octet-stream", file.Extension),
                file.FileName,
                file.Content,
                file.Sha256))]);
        cache.Set(stored.Id, set, new MemoryCacheEntryOptions { Size = Math.Max(1, set.Files.Sum(file => file.Size)) });
        return set;
    }

    public void Dispose()
    {
        cache.Dispose();
        generating.Dispose();
    }
}
