using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Keeps <see cref="TaxonomySummary"/> current with every event of a taxonomy stream (inline: lists never lag).</summary>
public sealed class TaxonomySummaryProjection : SingleStreamProjection<TaxonomySummary, Guid>
{
    public override TaxonomySummary? Evolve(TaxonomySummary? snapshot, Guid id, IEvent e)
    {
        var next = e.Data switch
        {
            TaxonomyCreated created => new TaxonomySummary
            {
                Id = created.TaxonomyId,
                Slug = created.Slug,
                Title = created.Title,
                Description = created.Description,
                Licence = created.Licence,
                Languages = created.Languages,
                CreatedBy = created.By,
                CreatedAt = created.At,
            },
            _ when snapshot is null => null,
            TaxonomyDetailsChanged details => snapshot with { Title = details.Title, Description = details.Description, Licence = details.Licence },
            TaxonomyLanguageAdded language => snapshot with { Languages = [.. snapshot.Languages, language.Language] },
            CategoryAdded => snapshot with { CategoryCount = snapshot.CategoryCount + 1, ActiveCategoryCount = snapshot.ActiveCategoryCount + 1 },
            CategorySplit split => snapshot with
            {
                CategoryCount = snapshot.CategoryCount + split.Parts.Count,
                ActiveCategoryCount = snapshot.ActiveCategoryCount + split.Parts.Count - 1,
            },
            CategoriesMerged or CategoryDeprecated => snapshot with { ActiveCategoryCount = snapshot.ActiveCategoryCount - 1 },
            CategoryRemoved removed => snapshot with
            {
                CategoryCount = snapshot.CategoryCount - 1,
                ActiveCategoryCount = snapshot.ActiveCategoryCount - (removed.WasActive ? 1 : 0),
            },
            AcceptanceRulePublished rule => snapshot with { AcceptanceRule = TaxonomyAcceptanceRule.Of(rule.Rule) },
            TaxonomyVersionPublished published => snapshot with
            {
                Versions = [.. snapshot.Versions, PublishedVersion.From(published)],
                LatestVersion = published.Version,
            },
            _ => snapshot,
        };
        return next is null ? null : next with { DraftVersion = e.Version, UpdatedAt = e.Data is ITaxonomyEvent change ? change.At : next.UpdatedAt };
    }
}
