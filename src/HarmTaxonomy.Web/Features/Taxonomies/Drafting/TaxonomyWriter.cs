using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Infrastructure.Database;
using JasperFx;
using Marten;
using Npgsql;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>
/// The one write path for taxonomies, used by the API and the editor alike: load the draft, check the writer's
/// expected version, decide, append with the expected stream version, and commit with the inline projections.
/// </summary>
public sealed class TaxonomyWriter(IDocumentStore store, TaxonomyDraftCache cache, PublishedVersionCache versions, TimeProvider time)
{
    public async Task<WriteOutcome> CreateAsync(CreateTaxonomy command, Actor by, CancellationToken cancellationToken)
    {
        var created = command.Decide(by, time.GetUtcNow());
        await using var session = store.LightweightSession();
        if (await session.Query<TaxonomySummary>().AnyAsync(taxonomy => taxonomy.Slug == created.Slug, cancellationToken))
        {
            throw SlugTaken(created.Slug);
        }

        // /taxonomies/{slug} is one address for both kinds: a reference taxonomy's slug would hide its page.
        if (await session.Query<ReferenceTaxonomy>().FirstOrDefaultAsync(reference => reference.Slug == created.Slug, cancellationToken) is { } reference)
        {
            throw new TaxonomyRuleException("slug", $"The slug '{created.Slug}' is the address of the reference taxonomy {reference.Name}; choose another.");
        }

        session.Events.StartStream<TaxonomySummary>(created.TaxonomyId, created);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (UniqueViolation.IsCauseOf(exception))
        {
            // Someone took the slug between the check and the commit; the unique index kept it single.
            throw SlugTaken(created.Slug);
        }

        return new WriteOutcome(created.TaxonomyId, 1, [created]);
    }

    /// <param name="expectedVersion">The draft version the writer saw; null skips the check (last writer wins only when asked).</param>
    public async Task<WriteOutcome> ExecuteAsync(
        Guid taxonomyId, long? expectedVersion, ITaxonomyCommand command, Actor by, CancellationToken cancellationToken)
    {
        var gate = cache.GateFor(taxonomyId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            var draft = await cache.CurrentAsync(session, taxonomyId, cancellationToken) ?? throw new TaxonomyNotFoundException(taxonomyId.ToString());
            if (expectedVersion is { } expected && expected != draft.Version)
            {
                throw await StaleAsync(session, draft, expected, cancellationToken);
            }

            var events = command.Decide(draft, by, time.GetUtcNow());
            if (events.Count == 0)
            {
                return new WriteOutcome(taxonomyId, draft.Version, []);
            }

            var seen = draft.Version;
            session.Events.Append(taxonomyId, seen + events.Count, [.. events]);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another instance appended first: report its change like any stale write.
                cache.Forget(taxonomyId);
                await using var fresh = store.QuerySession();
                var current = await cache.CurrentAsync(fresh, taxonomyId, cancellationToken);
                throw await StaleAsync(fresh, current!, seen, cancellationToken);
            }
            catch
            {
                cache.Forget(taxonomyId);
                throw;
            }

            cache.Committed(taxonomyId, events, seen + 1);
            foreach (var published in events.OfType<TaxonomyVersionPublished>())
            {
                versions.Add(TaxonomyVersionDocument.From(published));
            }

            return new WriteOutcome(taxonomyId, seen + events.Count, events);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads from the current write model (for plans and previews that need the rules' own view).</summary>
    public async Task<T> ReadAsync<T>(Guid taxonomyId, Func<TaxonomyDraft, T> read, CancellationToken cancellationToken)
    {
        var gate = cache.GateFor(taxonomyId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var session = store.QuerySession();
            var draft = await cache.CurrentAsync(session, taxonomyId, cancellationToken) ?? throw new TaxonomyNotFoundException(taxonomyId.ToString());
            return read(draft);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<StaleDraftException> StaleAsync(IQuerySession session, TaxonomyDraft draft, long expected, CancellationToken cancellationToken)
    {
        var since = expected < draft.Version
            ? await session.Events.FetchStreamAsync(draft.Id, fromVersion: Math.Max(expected + 1, 1), token: cancellationToken)
            : [];
        var changes = since
            .Where(stored => stored.Data is ITaxonomyEvent)
            .Select(stored => TaxonomyChangeDescriptions.Describe((ITaxonomyEvent)stored.Data, stored.Version, id => draft.Find(id)?.Notation))
            .ToList();
        return new StaleDraftException(expected, draft.Version, changes);
    }

    private static TaxonomyRuleException SlugTaken(string slug) =>
        new("slug", $"The slug '{slug}' is already taken; choose another.");
}
