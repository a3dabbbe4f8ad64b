using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Describes a category event in one line, from the point of view of the category <c>id</c>.</summary>
public static class TimelineDescriptions
{
    public static TimelineEntry Describe(ICategoryEvent change, Guid id, long version)
    {
        var (kind, summary) = change switch
        {
            CategoryAdded added => ("added", $"Added as {added.Notation} “{added.Label}” ({added.Language})"),
            CategoryRenamed renamed => ("renamed", $"Renamed in {renamed.Language} to “{renamed.Label}”"),
            CategoryRedefined redefined => ("redefined", $"Definition or scope note revised in {redefined.Language}"),
            CategoryTranslated translated => ("translated", $"Translated into {translated.Language}: “{translated.Label}”"),
            CategoryDetailsRevised details => ("details", $"Examples, alternative labels or severity guidance revised in {details.Language}"),
            CategoryModalitiesSet modalities => ("modalities", $"Modalities set to {(modalities.Modalities.Count == 0 ? "none" : string.Join(", ", modalities.Modalities))}"),
            CategoryRenumbered renumbered => ("renumbered", $"Renumbered from {renumbered.PreviousNotation} to {renumbered.Notation}"),
            CategoryMoved => ("moved", "Moved to another parent"),
            SiblingsReordered => ("reordered", "Siblings reordered"),
            CategoriesMerged merged when merged.SourceId == id => ("merged", "Merged into another category and deprecated"),
            CategoriesMerged merged when merged.TargetId == id => ("merged", "Absorbed a merged category"),
            CategoriesMerged => ("moved", "Moved here when its parent was merged"),
            CategorySplit split when split.SourceId == id => ("split", $"Split into {split.Parts.Count} categories and deprecated"),
            CategorySplit split when split.Parts.Any(part => part.CategoryId == id) =>
                ("added", $"Created by a split as {split.Parts.First(part => part.CategoryId == id).Notation}"),
            CategorySplit => ("moved", "Moved here when its parent was split"),
            CategoryDeprecated deprecated => ("deprecated", deprecated.ReplacedBy.Count == 0 ? "Deprecated" : $"Deprecated, replaced by {deprecated.ReplacedBy.Count} categor{(deprecated.ReplacedBy.Count == 1 ? "y" : "ies")}"),
            CategoryRemoved => ("removed", "Removed from the draft"),
            CategoryMapped mapped => ("mapped", $"Mapped: {mapped.Mapping.Relation} {mapped.Mapping.Uri ?? $"{mapped.Mapping.Reference} {mapped.Mapping.Code}"}"),
            CategoryMappingRemoved unmapped => ("unmapped", $"Mapping to {unmapped.TargetKey} removed"),
            ProposalAdopted adopted => ("adopted", Adopted(adopted.Cause)),
            _ => ("changed", "Changed"),
        };
        return new TimelineEntry(kind, summary, change.By, change.At, change.Reason, version);
    }

    private static string Adopted(ProposalCause cause)
    {
        var summary = $"Changed by a proposal accepted from the session “{cause.SessionTitle}” ({cause.Agree} agree, {cause.Disagree} disagree, {cause.Pass} pass)";
        return cause.Rule is { } evidence ? $"{summary}, which {(evidence.Met ? "met the acceptance rule" : "did not meet the acceptance rule")}" : summary;
    }
}
