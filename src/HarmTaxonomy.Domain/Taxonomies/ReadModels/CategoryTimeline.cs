using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Every change that touched one category, oldest first, across all versions of its taxonomy.</summary>
public sealed record CategoryTimeline
{
    public Guid Id { get; init; }

    public Guid TaxonomyId { get; init; }

    public IReadOnlyList<TimelineEntry> Entries { get; init; } = [];
}

/// <summary>One change in a category's history: what kind, a one-line description, who, when, why, at which draft version.</summary>
public sealed record TimelineEntry(string Kind, string Summary, Actor By, DateTimeOffset At, string? Reason, long DraftVersion);
