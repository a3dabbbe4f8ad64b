using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Infrastructure.Database;
using Marten;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Seeding;

/// <summary>
/// Loads the shipped reference taxonomies at every start. Unchanged ones record nothing; changed ones record
/// one revision. Runs under a PostgreSQL advisory lock so two instances starting together do not race.
/// </summary>
public sealed class ReferenceTaxonomySeeder(
    IDocumentStore store,
    DatabaseConnection database,
    TimeProvider clock,
    ILogger<ReferenceTaxonomySeeder> logger)
{
    public const string Actor = "system:reference-seed";

    // Any fixed 64-bit number works; this one is only used for the reference seed.
    private const long AdvisoryLockKey = 0x4854_5245_4653_4545;

    public Task<int> SeedAsync(CancellationToken cancellationToken) => SeedAsync(ReferenceTaxonomySeed.All, cancellationToken);

    public async Task<int> SeedAsync(IReadOnlyList<ReferenceTaxonomyContent> taxonomies, CancellationToken cancellationToken)
    {
        await using var advisoryLock = await PostgresAdvisoryLock.AcquireAsync(database.ConnectionString, AdvisoryLockKey, cancellationToken);
        await using var session = store.LightweightSession();
        session.CorrelationId = $"reference-seed:{Guid.CreateVersion7()}";

        var changed = 0;
        var now = clock.GetUtcNow();
        foreach (var content in taxonomies)
        {
            var stream = await session.Events.FetchForWriting<ReferenceTaxonomy>(ReferenceTaxonomyId.FromSlug(content.Slug), cancellationToken);
            var events = ReferenceTaxonomyImport.Decide(stream.Aggregate?.ContentHash, new ImportReferenceTaxonomy(content, Actor, now));
            if (events.Count > 0)
            {
                stream.AppendMany(events);
                changed++;
            }
        }

        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reference taxonomies: {Count} loaded, {Changed} imported or revised", taxonomies.Count, changed);
        return changed;
    }
}
