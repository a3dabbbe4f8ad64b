namespace HarmTaxonomy.Domain.Taxonomies.Splitting;

/// <summary>One of the new categories a split creates, in the language the split was written in.</summary>
public sealed record SplitPart(Guid CategoryId, string Notation, int Position, string Label, string Definition);
