using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// How one category changes with one event. The write model and the per-category read model both use this, so
/// what the editor shows and what the rules check can never drift apart.
/// </summary>
public static class DraftCategoryEvolution
{
    /// <returns>The category after the event, or null when the event removed it (or it never existed).</returns>
    public static DraftCategory? Evolve(DraftCategory? category, Guid id, ICategoryEvent change, long version)
    {
        var evolved = change switch
        {
            CategoryAdded added => Added(added),
            CategorySplit split when id != split.SourceId && split.Parts.Any(part => part.CategoryId == id) => SplitPartAdded(split, id),
            CategoryRemoved => null,
            _ when category is null => null,
            _ => Changed(category, id, change),
        };
        return evolved is null ? null : evolved with { UpdatedAt = change.At, ChangedInVersion = version };
    }

    private static DraftCategory Changed(DraftCategory category, Guid id, ICategoryEvent change) => change switch
    {
        CategoryRenamed renamed => category with { Labels = category.Labels.With(renamed.Language, renamed.Label) },
        CategoryRedefined redefined => category with
        {
            Definitions = category.Definitions.With(redefined.Language, redefined.Definition),
            ScopeNotes = category.ScopeNotes.With(redefined.Language, redefined.ScopeNote),
        },
        CategoryTranslated translated => category with
        {
            Labels = category.Labels.With(translated.Language, translated.Label),
            Definitions = category.Definitions.With(translated.Language, translated.Definition),
            ScopeNotes = category.ScopeNotes.With(translated.Language, translated.ScopeNote),
        },
        CategoryDetailsRevised revised => category with
        {
            Examples = category.Examples.With(revised.Language, revised.Examples),
            AltLabels = category.AltLabels.With(revised.Language, revised.AltLabels),
            SeverityGuidance = category.SeverityGuidance.With(revised.Language, revised.SeverityGuidance),
        },
        CategoryModalitiesSet modalities => category with { Modalities = Modality.Normalize(modalities.Modalities) },
        CategoryRenumbered renumbered => category with { Notation = renumbered.Notation },
        CategoryMoved moved => category with { ParentId = moved.ToParentId, Position = moved.Position },
        SiblingsReordered reordered => category with { Position = IndexOf(reordered.OrderedIds, id) },
        CategoriesMerged merged when id == merged.SourceId => Deprecated(category, DeprecationKind.MergedInto, [merged.TargetId], merged.Reason),
        CategoriesMerged merged when id == merged.TargetId => category,
        CategoriesMerged merged => category with
        {
            ParentId = merged.TargetId,
            Position = merged.FirstChildPosition + IndexOf(merged.MovedChildren, id),
        },
        CategorySplit split when id == split.SourceId =>
            Deprecated(category, DeprecationKind.SplitInto, [.. split.Parts.Select(part => part.CategoryId)], split.Reason),
        CategorySplit split => category with
        {
            ParentId = split.Parts[0].CategoryId,
            Position = IndexOf(split.MovedChildren, id),
        },
        CategoryDeprecated deprecated => Deprecated(category, DeprecationKind.Deprecated, deprecated.ReplacedBy, deprecated.Reason),
        CategoryMapped mapped => category with
        {
            Mappings = [.. category.Mappings.Where(mapping => mapping.TargetKey != mapped.Mapping.TargetKey), mapped.Mapping],
        },
        CategoryMappingRemoved removed => category with
        {
            Mappings = [.. category.Mappings.Where(mapping => mapping.TargetKey != removed.TargetKey)],
        },
        _ => category,
    };

    private static DraftCategory Added(CategoryAdded added) => new()
    {
        Id = added.CategoryId,
        TaxonomyId = added.TaxonomyId,
        Notation = added.Notation,
        ParentId = added.ParentId,
        Position = added.Position,
        Status = CategoryStatus.Active,
        Modalities = Modality.Normalize(added.Modalities),
        Labels = new Dictionary<string, string> { [added.Language] = added.Label },
        Definitions = new Dictionary<string, string>().With(added.Language, added.Definition),
        ScopeNotes = new Dictionary<string, string>().With(added.Language, added.ScopeNote),
        CreatedAt = added.At,
    };

    private static DraftCategory SplitPartAdded(CategorySplit split, Guid id)
    {
        var part = split.Parts.First(candidate => candidate.CategoryId == id);
        return new DraftCategory
        {
            Id = part.CategoryId,
            TaxonomyId = split.TaxonomyId,
            Notation = part.Notation,
            ParentId = split.SourceParentId,
            Position = part.Position,
            Status = CategoryStatus.Active,
            Modalities = split.SourceModalities,
            Labels = new Dictionary<string, string> { [split.Language] = part.Label },
            Definitions = new Dictionary<string, string>().With(split.Language, part.Definition),
            CreatedAt = split.At,
        };
    }

    private static DraftCategory Deprecated(DraftCategory category, DeprecationKind kind, IReadOnlyList<Guid> replacedBy, string? reason) =>
        category with
        {
            Status = CategoryStatus.Deprecated,
            Deprecation = new Deprecation(kind, replacedBy, reason ?? ""),
        };

    private static int IndexOf(IReadOnlyList<Guid> ids, Guid id)
    {
        for (var index = 0; index < ids.Count; index++)
        {
            if (ids[index] == id)
            {
                return index;
            }
        }

        return 0;
    }
}
