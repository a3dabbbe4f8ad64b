using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// A category's mapping as researchers need it: the relation, the target, and for a reference taxonomy its name,
/// source and licence (null when the reference is not loaded, or the target is any other concept by URI).
/// </summary>
public sealed record MappingRow(CategoryMapping Mapping, ReferenceTaxonomy? Reference, string? TargetName)
{
    public static MappingRow Of(CategoryMapping mapping, IReadOnlyDictionary<string, ReferenceTaxonomy> references)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(references);
        var reference = mapping.Reference is { } slug ? references.GetValueOrDefault(slug) : null;
        var target = reference?.Categories.FirstOrDefault(category => string.Equals(category.Code, mapping.Code, StringComparison.OrdinalIgnoreCase));
        return new MappingRow(mapping, reference, target?.Name);
    }
}
