namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>Read model of one reference taxonomy: its facts and its categories in publisher order.</summary>
public sealed record ReferenceTaxonomy
{
    public Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string FullName { get; init; }

    public required string Publisher { get; init; }

    public required string Version { get; init; }

    public int Year { get; init; }

    public string? Released { get; init; }

    public required string Licence { get; init; }

    public required string SourceUrl { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<ReferenceCategory> Categories { get; init; } = [];

    public int CategoryCount { get; init; }

    public required string ContentHash { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public DateTimeOffset? RevisedAt { get; init; }

    public static ReferenceTaxonomy From(Guid id, ReferenceTaxonomyContent content, string contentHash, DateTimeOffset importedAt) => new()
    {
        Id = id,
        Slug = content.Slug,
        Name = content.Name,
        FullName = content.FullName,
        Publisher = content.Publisher,
        Version = content.Version,
        Year = content.Year,
        Released = content.Released,
        Licence = content.Licence,
        SourceUrl = content.SourceUrl,
        Description = content.Description,
        Categories = content.Categories,
        CategoryCount = content.Categories.Count,
        ContentHash = contentHash,
        ImportedAt = importedAt,
    };
}
