using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Marten;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>
/// Reads the provenance of published versions and their categories from the taxonomy's <see cref="ProvenanceLedger"/>.
/// A ledger that did not follow its taxonomy from the start (the taxonomy existed before the projection did: inline
/// projections never backfill) is folded from the stream instead (<see cref="RebuiltLedgers"/>), so the answer is
/// always whole. A version's provenance is remembered once built: a published version never changes.
/// </summary>
public sealed class ProvenanceQueries(IDocumentStore store, ProvenanceCache cache, RebuiltLedgers rebuilt)
{
    /// <summary>The provenance of one published version, or null when the taxonomy or version does not exist.</summary>
    public async Task<VersionProvenance?> ForVersionAsync(string slug, string version, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var taxonomy = await FindAsync(session, slug, cancellationToken);
        if (taxonomy is null || !taxonomy.Versions.Any(published => published.Version == version))
        {
            return null;
        }

        if (cache.Find(taxonomy.Id, version) is { } remembered)
        {
            return remembered;
        }

        var ledger = await LedgerAsync(session, taxonomy, cancellationToken);
        if (ledger is null)
        {
            return null;
        }

        var sessionIds = ledger.Adoptions.Select(adoption => adoption.Cause.SessionId).Distinct().ToList();
        var analyses = await session.LoadManyAsync<SessionAnalysis>(cancellationToken, sessionIds);
        var facts = analyses.ToDictionary(analysis => analysis.Id, SessionFacts.From);
        var provenance = VersionProvenanceBuilder.Build(taxonomy.Slug, version, ledger, facts);
        if (provenance is not null)
        {
            cache.Remember(taxonomy.Id, provenance);
        }

        return provenance;
    }

    /// <summary>The published accepted proposals that shaped one category, oldest first (empty when none did).</summary>
    public async Task<IReadOnlyList<AdoptionRecord>> ForCategoryAsync(string slug, Guid categoryId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var taxonomy = await FindAsync(session, slug, cancellationToken);
        if (taxonomy is null)
        {
            return [];
        }

        var ledger = await LedgerAsync(session, taxonomy, cancellationToken);
        return ledger?.PublishedAdoptionsOf(categoryId) ?? [];
    }

    private static Task<TaxonomySummary?> FindAsync(IQuerySession session, string slug, CancellationToken cancellationToken) =>
        session.Query<TaxonomySummary>().FirstOrDefaultAsync(taxonomy => taxonomy.Slug == slug, cancellationToken);

    private async Task<ProvenanceLedger?> LedgerAsync(IQuerySession session, TaxonomySummary taxonomy, CancellationToken cancellationToken)
    {
        var ledger = await session.LoadAsync<ProvenanceLedger>(taxonomy.Id, cancellationToken);
        return ledger is { IsComplete: true }
            ? ledger
            : await rebuilt.GetAsync(session, taxonomy.Id, taxonomy.DraftVersion, cancellationToken);
    }
}
