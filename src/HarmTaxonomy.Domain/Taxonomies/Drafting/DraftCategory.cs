namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// One category of a taxonomy's draft, as the editor sees it and as the write model holds it. Texts are kept per
/// property and language (as SKOS does), so a tree can read the labels without the long definitions.
/// </summary>
public sealed record DraftCategory : CategoryContent
{
    public Guid TaxonomyId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The draft (stream) version of the last change to this category.</summary>
    public long ChangedInVersion { get; init; }

    public bool IsActive => Status == CategoryStatus.Active;
}
