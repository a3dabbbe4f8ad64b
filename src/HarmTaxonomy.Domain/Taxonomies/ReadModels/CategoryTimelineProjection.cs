using HarmTaxonomy.Domain.Taxonomies.Drafting;
using JasperFx.Events;
using Marten.Events.Projections;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Appends each category event to the timeline of every category it touches (inline: the History tab is always current).</summary>
public sealed class CategoryTimelineProjection : MultiStreamProjection<CategoryTimeline, Guid>
{
    public CategoryTimelineProjection()
    {
        Identities<ICategoryEvent>(change => change.TouchedCategories());
    }

    public override CategoryTimeline? Evolve(CategoryTimeline? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not ICategoryEvent change)
        {
            return snapshot;
        }

        var timeline = snapshot ?? new CategoryTimeline { Id = id, TaxonomyId = change.TaxonomyId };
        return timeline with { Entries = [.. timeline.Entries, TimelineDescriptions.Describe(change, id, e.Version)] };
    }
}
