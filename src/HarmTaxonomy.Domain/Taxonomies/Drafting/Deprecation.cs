namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>Why a category is no longer used and which categories replace it (possibly none).</summary>
public sealed record Deprecation(DeprecationKind Kind, IReadOnlyList<Guid> ReplacedBy, string Reason);
