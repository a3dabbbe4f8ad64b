namespace HarmTaxonomy.Domain.Taxonomies.Reference;

public sealed class InvalidReferenceTaxonomyException(string slug, IReadOnlyList<string> errors)
    : Exception($"Reference taxonomy '{slug}' is invalid: {string.Join(" ", errors)}")
{
    public string Slug { get; } = slug;

    public IReadOnlyList<string> Errors { get; } = errors;
}
