namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>A category of a published taxonomy, keyed by the publisher's own code.</summary>
public sealed record ReferenceCategory(string Code, string Name, string? ParentCode);
