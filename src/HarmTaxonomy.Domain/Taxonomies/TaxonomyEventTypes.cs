using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies;

/// <summary>Every event a taxonomy stream can hold, so the event store can read any of them back in any process.</summary>
public static class TaxonomyEventTypes
{
    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(ITaxonomyEvent).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ITaxonomyEvent).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal),
    ];
}
