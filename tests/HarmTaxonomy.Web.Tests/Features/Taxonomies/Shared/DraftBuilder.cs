using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

/// <summary>Builds a real draft by running real commands, so previews and dialogs are tested against the rules' own state.</summary>
public sealed class DraftBuilder
{
    public static readonly Actor Curator = new("curator-1", "Cora");
    public static readonly DateTimeOffset At = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public DraftBuilder(params string[] languages)
    {
        var created = new CreateTaxonomy(Guid.CreateVersion7(), "online-harms", "Online harms", "Harms seen online.", null, languages.Length == 0 ? ["en"] : languages)
            .Decide(Curator, At);
        Draft = TaxonomyDraft.Start(created, 1);
    }

    public TaxonomyDraft Draft { get; }

    /// <summary>Adds an active category (HT-1, HT-1.1… in order) and returns its id.</summary>
    public Guid Add(string label, Guid? parentId = null)
    {
        var id = Guid.CreateVersion7();
        Run(new AddCategory(id, null, label, $"What {label} means.", parentId, []));
        return id;
    }

    public DraftBuilder Run(ITaxonomyCommand command)
    {
        foreach (var change in command.Decide(Draft, Curator, At))
        {
            Draft.Apply(change, Draft.Version + 1);
        }

        return this;
    }

    public DraftBuilder Publish(string version) => Run(new PublishVersion(version, $"Release {version}."));

    /// <summary>The summary the editor would hand a dialog for this draft.</summary>
    public TaxonomySummary Summary() => new()
    {
        Id = Draft.Id,
        Slug = Draft.Slug,
        Title = Draft.Title,
        Licence = Draft.Licence,
        Languages = Draft.Languages,
        CreatedBy = Curator,
        Versions = Draft.Versions,
        LatestVersion = Draft.LatestVersion?.Version,
        CategoryCount = Draft.Categories.Count,
        ActiveCategoryCount = Draft.Categories.Count(category => category.IsActive),
        AcceptanceRule = TaxonomyAcceptanceRule.Of(Draft.AcceptanceRule),
        DraftVersion = Draft.Version,
    };
}
