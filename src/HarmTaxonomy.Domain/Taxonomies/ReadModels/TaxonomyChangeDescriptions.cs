using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Publishing;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Describes any taxonomy event in one line, for "changed by someone else" messages and activity lists.</summary>
public static class TaxonomyChangeDescriptions
{
    public static TimelineEntry Describe(ITaxonomyEvent change, long version, Func<Guid, string?> notationOf)
    {
        if (change is ICategoryEvent categoryChange && categoryChange.TouchedCategories() is [var first, ..])
        {
            var entry = TimelineDescriptions.Describe(categoryChange, first, version);
            return entry with { Summary = $"{notationOf(first) ?? "A category"}: {entry.Summary}" };
        }

        var (kind, summary) = change switch
        {
            TaxonomyCreated => ("created", "Created the taxonomy"),
            TaxonomyDetailsChanged => ("details", "Changed the title, description or licence"),
            TaxonomyLanguageAdded added => ("language", $"Added the language {added.Language}"),
            TaxonomyVersionPublished published => ("published", $"Published version {published.Version}"),
            AcceptanceRulePublished rule => ("acceptance-rule", $"Published the acceptance rule: {rule.Rule.Describe()}"),
            _ => ("changed", "Changed the taxonomy"),
        };
        return new TimelineEntry(kind, summary, change.By, change.At, change.Reason, version);
    }
}
