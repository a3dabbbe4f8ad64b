using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using Marten;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>Reads of taxonomies from their read models; each call opens its own short session.</summary>
public sealed class TaxonomyQueries(IDocumentStore store, TaxonomyWriter writer, PublishedVersionCache versions)
{
    public const string Draft = "draft";

    public async Task<IReadOnlyList<TaxonomySummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var all = await session.Query<TaxonomySummary>().ToListAsync(cancellationToken);
        return [.. all.OrderBy(taxonomy => taxonomy.Title, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<TaxonomySummary?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<TaxonomySummary>().FirstOrDefaultAsync(taxonomy => taxonomy.Slug == slug, cancellationToken);
    }

    public async Task<TaxonomySummary> RequireAsync(string slug, CancellationToken cancellationToken) =>
        await FindAsync(slug, cancellationToken) ?? throw new TaxonomyNotFoundException(slug);

    /// <summary>The draft tree in tree order (parents first, siblings by position).</summary>
    public async Task<IReadOnlyList<DraftTreeNode>> TreeAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        var nodes = await DraftTreeReader.ReadAsync(store, taxonomyId, cancellationToken);
        return TreeOrder.Sort(nodes, node => node.Id, node => node.ParentId, node => node.Position, node => node.Notation);
    }

    /// <summary>Every category of the draft with all its texts, in tree order.</summary>
    public async Task<IReadOnlyList<DraftCategory>> CategoriesAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var categories = await session.Query<DraftCategory>().Where(category => category.TaxonomyId == taxonomyId).ToListAsync(cancellationToken);
        return TreeOrder.Sort(categories, category => category.Id, category => category.ParentId, category => category.Position, category => category.Notation);
    }

    public async Task<DraftCategory?> CategoryAsync(Guid taxonomyId, Guid categoryId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var category = await session.LoadAsync<DraftCategory>(categoryId, cancellationToken);
        return category?.TaxonomyId == taxonomyId ? category : null;
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid taxonomyId, Guid categoryId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var timeline = await session.LoadAsync<CategoryTimeline>(categoryId, cancellationToken);
        return timeline?.TaxonomyId == taxonomyId ? timeline.Entries : [];
    }

    public Task<TaxonomyVersionDocument?> VersionAsync(string slug, string version, CancellationToken cancellationToken)
    {
        var id = TaxonomyVersionDocument.IdFor(slug, version);
        return versions.GetAsync(id, async () =>
        {
            await using var session = store.QuerySession();
            return await session.LoadAsync<TaxonomyVersionDocument>(id, cancellationToken);
        });
    }

    /// <summary>
    /// The diff between two versions, or a version and the draft (<see cref="Draft"/>). Throws
    /// <see cref="TaxonomyRuleException"/> (NotFound) naming the side that does not exist.
    /// </summary>
    public async Task<TaxonomyDiff> DiffAsync(TaxonomySummary taxonomy, string from, string to, CancellationToken cancellationToken)
    {
        // Each side is a read of several megabytes for a large taxonomy: reading both at once roughly halves the wait.
        // WhenAll rethrows the first side's error first, as reading them one after the other did.
        var before = SnapshotAsync(taxonomy, from, "from", cancellationToken);
        var after = SnapshotAsync(taxonomy, to, "to", cancellationToken);
        await Task.WhenAll(before, after);
        return TaxonomyDiffer.Compare(await before, from, await after, to);
    }

    public async Task<TaxonomySnapshot> SnapshotAsync(TaxonomySummary taxonomy, string version, string field, CancellationToken cancellationToken)
    {
        if (version == Draft)
        {
            return await writer.ReadAsync(taxonomy.Id, draft => draft.Snapshot(), cancellationToken);
        }

        var published = await VersionAsync(taxonomy.Slug, version, cancellationToken);
        return published?.Snapshot ?? throw new TaxonomyRuleException(
            field,
            $"{taxonomy.Slug} has no version '{version}'. Versions: {(taxonomy.Versions.Count == 0 ? "none yet" : string.Join(", ", taxonomy.Versions.Select(v => v.Version)))}, or '{Draft}'.",
            TaxonomyRuleKind.NotFound);
    }

    /// <summary>Translation and crosswalk coverage; null until the async projection has seen the taxonomy.</summary>
    public async Task<CoverageReport?> CoverageAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var coverage = await session.LoadAsync<TaxonomyCoverage>(taxonomyId, cancellationToken);
        if (coverage is null)
        {
            return null;
        }

        var references = await session.Query<ReferenceTaxonomy>().ToListAsync(cancellationToken);
        return CoverageReport.From(coverage, [.. references.OrderBy(reference => reference.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Reference categories whose code or name contains the search text, for the mapping picker.</summary>
    public async Task<IReadOnlyList<ReferenceMatch>> SearchReferenceCategoriesAsync(string? search, int limit, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var references = await session.Query<ReferenceTaxonomy>().ToListAsync(cancellationToken);
        var text = search?.Trim() ?? "";
        return [.. references
            .OrderBy(reference => reference.Name, StringComparer.OrdinalIgnoreCase)
            .SelectMany(reference => reference.Categories.Select(category => new ReferenceMatch(reference.Slug, reference.Name, category.Code, category.Name)))
            .Where(match => text.Length == 0
                || match.Code.Contains(text, StringComparison.OrdinalIgnoreCase)
                || match.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || match.ReferenceName.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(limit)];
    }

    /// <summary>The reference category a mapping names, or null when that reference taxonomy has no such code.</summary>
    public async Task<ReferenceMatch?> FindReferenceCategoryAsync(string reference, string code, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var taxonomy = await session.Query<ReferenceTaxonomy>().FirstOrDefaultAsync(candidate => candidate.Slug == reference, cancellationToken);
        var category = taxonomy?.Categories.FirstOrDefault(candidate => string.Equals(candidate.Code, code, StringComparison.OrdinalIgnoreCase));
        return category is null ? null : new ReferenceMatch(taxonomy!.Slug, taxonomy.Name, category.Code, category.Name);
    }
}

/// <summary>A reference taxonomy's category as the mapping picker lists it.</summary>
public sealed record ReferenceMatch(string Reference, string ReferenceName, string Code, string Name);
