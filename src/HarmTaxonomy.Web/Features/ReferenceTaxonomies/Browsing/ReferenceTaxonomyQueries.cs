using HarmTaxonomy.Domain.Taxonomies.Reference;
using Marten;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

/// <summary>Reads the reference catalogue; each call opens its own short-lived query session.</summary>
public sealed class ReferenceTaxonomyQueries(IDocumentStore store)
{
    public async Task<IReadOnlyList<ReferenceTaxonomySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var taxonomies = await session.Query<ReferenceTaxonomy>()
            .OrderBy(taxonomy => taxonomy.Name)
            .Select(taxonomy => new ReferenceTaxonomySummary(
                taxonomy.Slug, taxonomy.Name, taxonomy.Publisher, taxonomy.Version, taxonomy.CategoryCount, taxonomy.Licence))
            .ToListAsync(cancellationToken);
        return taxonomies.ToList();
    }

    public async Task<ReferenceTaxonomy?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ReferenceTaxonomy>(ReferenceTaxonomyId.FromSlug(slug), cancellationToken);
    }
}
