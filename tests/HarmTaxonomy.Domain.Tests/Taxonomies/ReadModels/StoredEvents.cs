using HarmTaxonomy.Domain.Taxonomies.Drafting;
using JasperFx.Events;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

/// <summary>A scenario's events as Marten hands them to projections: wrapped with their stream version.</summary>
internal static class StoredEvents
{
    public static Event<ITaxonomyEvent> Stored(this RecordedEvent recorded) => new(recorded.Event) { Version = recorded.Version };

    public static IEnumerable<Event<ITaxonomyEvent>> Touching(this TaxonomyScenario scenario, Guid id) =>
        scenario.History.Where(recorded => recorded.Event is ICategoryEvent change && change.TouchedCategories().Contains(id)).Select(Stored);
}
