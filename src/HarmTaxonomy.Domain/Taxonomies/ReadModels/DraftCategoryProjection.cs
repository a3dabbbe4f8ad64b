using HarmTaxonomy.Domain.Taxonomies.Drafting;
using JasperFx.Events;
using Marten.Events.Projections;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>
/// The draft tree: one <see cref="DraftCategory"/> document per category, updated inline so the editor always sees the
/// latest draft, and only the categories an event touches are rewritten (a big taxonomy stays cheap to edit).
/// </summary>
public sealed class DraftCategoryProjection : MultiStreamProjection<DraftCategory, Guid>
{
    public DraftCategoryProjection()
    {
        Identities<ICategoryEvent>(change => change.TouchedCategories());
    }

    public override DraftCategory? Evolve(DraftCategory? snapshot, Guid id, IEvent e) =>
        e.Data is ICategoryEvent change ? DraftCategoryEvolution.Evolve(snapshot, id, change, e.Version) : snapshot;
}
