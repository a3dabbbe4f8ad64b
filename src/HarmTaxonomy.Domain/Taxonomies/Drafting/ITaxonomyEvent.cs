namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>Every change to a taxonomy says who made it, when and (where they gave one) why.</summary>
public interface ITaxonomyEvent
{
    Guid TaxonomyId { get; }

    Actor By { get; }

    DateTimeOffset At { get; }

    string? Reason { get; }
}

/// <summary>A change to one or more categories: the per-category read models and timelines follow these ids.</summary>
public interface ICategoryEvent : ITaxonomyEvent
{
    IReadOnlyList<Guid> TouchedCategories();
}
