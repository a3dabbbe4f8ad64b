using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>
/// Builds <see cref="TaxonomyCoverage"/> from a taxonomy stream. Registered as an async projection: it rewrites one
/// document per batch of events, off the edit path, so editing a large taxonomy stays fast.
/// </summary>
public sealed class TaxonomyCoverageProjection : SingleStreamProjection<TaxonomyCoverage, Guid>
{
    public override TaxonomyCoverage? Evolve(TaxonomyCoverage? snapshot, Guid id, IEvent e)
    {
        if (e.Data is TaxonomyCreated created)
        {
            return new TaxonomyCoverage { Id = created.TaxonomyId, Languages = created.Languages, DraftVersion = e.Version };
        }

        if (snapshot is null)
        {
            return null;
        }

        var source = snapshot.Languages.Count > 0 ? snapshot.Languages[0] : "";
        var categories = snapshot.Categories;
        switch (e.Data)
        {
            case TaxonomyLanguageAdded added:
                snapshot = snapshot with { Languages = [.. snapshot.Languages, added.Language] };
                break;
            case CategoryAdded added:
                categories[added.CategoryId] = new CoverageEntry
                {
                    Notation = added.Notation,
                    Label = added.Language == source ? added.Label : "",
                    Labelled = [added.Language],
                    Defined = added.Definition.Length > 0 ? [added.Language] : [],
                    ScopeNoted = string.IsNullOrEmpty(added.ScopeNote) ? [] : [added.Language],
                };
                break;
            case CategoryRenamed renamed when renamed.Language == source && categories.TryGetValue(renamed.CategoryId, out var entry):
                categories[renamed.CategoryId] = entry with { Label = renamed.Label };
                break;
            case CategoryTranslated translated when categories.TryGetValue(translated.CategoryId, out var entry):
                entry.Labelled.Add(translated.Language);
                Mark(entry.Defined, translated.Language, translated.Definition);
                Mark(entry.ScopeNoted, translated.Language, translated.ScopeNote);
                if (translated.Language == source)
                {
                    categories[translated.CategoryId] = entry with { Label = translated.Label };
                }

                break;
            case CategoryRedefined redefined when categories.TryGetValue(redefined.CategoryId, out var entry):
                Mark(entry.Defined, redefined.Language, redefined.Definition);
                Mark(entry.ScopeNoted, redefined.Language, redefined.ScopeNote);
                break;
            case CategoryRenumbered renumbered when categories.TryGetValue(renumbered.CategoryId, out var entry):
                categories[renumbered.CategoryId] = entry with { Notation = renumbered.Notation };
                break;
            case CategoryDeprecated deprecated when categories.TryGetValue(deprecated.CategoryId, out var entry):
                categories[deprecated.CategoryId] = entry with { Active = false };
                break;
            case CategoriesMerged merged when categories.TryGetValue(merged.SourceId, out var entry):
                categories[merged.SourceId] = entry with { Active = false };
                break;
            case CategorySplit split:
                if (categories.TryGetValue(split.SourceId, out var original))
                {
                    categories[split.SourceId] = original with { Active = false };
                }

                foreach (var part in split.Parts)
                {
                    categories[part.CategoryId] = new CoverageEntry
                    {
                        Notation = part.Notation,
                        Label = split.Language == source ? part.Label : "",
                        Labelled = [split.Language],
                        Defined = part.Definition.Length > 0 ? [split.Language] : [],
                    };
                }

                break;
            case CategoryRemoved removed:
                categories.Remove(removed.CategoryId);
                break;
            case CategoryMapped mapped when categories.TryGetValue(mapped.CategoryId, out var entry):
                entry.MappedTo.Add(mapped.Mapping.TargetKey);
                break;
            case CategoryMappingRemoved unmapped when categories.TryGetValue(unmapped.CategoryId, out var entry):
                entry.MappedTo.Remove(unmapped.TargetKey);
                break;
        }

        return snapshot with { DraftVersion = e.Version };
    }

    private static void Mark(HashSet<string> languages, string language, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            languages.Remove(language);
        }
        else
        {
            languages.Add(language);
        }
    }
}
