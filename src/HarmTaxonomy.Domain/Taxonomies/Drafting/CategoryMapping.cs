namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// A SKOS mapping from one of our categories to a reference taxonomy's category (<see cref="Reference"/> and
/// <see cref="Code"/>) or to any other concept by <see cref="Uri"/>. Exactly one of the two targets is set.
/// </summary>
public sealed record CategoryMapping(string Relation, string? Reference, string? Code, string? Uri, string? Note)
{
    /// <summary>Identifies the target: a category has at most one mapping per target.</summary>
    public string TargetKey => Uri ?? $"{Reference}:{Code}";
}
