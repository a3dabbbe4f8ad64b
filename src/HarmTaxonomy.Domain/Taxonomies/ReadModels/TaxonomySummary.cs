using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>A taxonomy as lists and headers show it: its facts, its size, its releases and the current draft version.</summary>
public sealed record TaxonomySummary
{
    public Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public required string Licence { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public int CategoryCount { get; init; }

    public int ActiveCategoryCount { get; init; }

    public IReadOnlyList<PublishedVersion> Versions { get; init; } = [];

    public string? LatestVersion { get; init; }

    public required Actor CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The rule proposals are held to; summaries stored before rules existed read as the default.</summary>
    public TaxonomyAcceptanceRule AcceptanceRule { get; init; } = TaxonomyAcceptanceRule.Default;

    /// <summary>The event-stream version of the draft; writers send it back as <c>If-Match</c>.</summary>
    public long DraftVersion { get; init; }
}
