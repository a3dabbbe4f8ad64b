using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>The example bodies the API reference shows for the taxonomy API: one small taxonomy, told consistently.</summary>
public static class TaxonomyApiExamples
{
    public const string Slug = "community-harms-demo";

    public static readonly Guid TaxonomyId = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b10");
    public static readonly Guid Harassment = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21");
    public static readonly Guid Scams = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b22");
    public static readonly Guid Doxxing = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b23");

    private static readonly Actor Curator = new("0193a0c4-0000-7000-8000-000000000001", "Curation bot (API client)");
    private static readonly DateTimeOffset Then = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    public static TaxonomySummary Summary { get; } = new()
    {
        Id = TaxonomyId,
        Slug = Slug,
        Title = "Community harms (demo)",
        Description = "Harms communities name in their own words.",
        Licence = "CC-BY-4.0",
        Languages = ["en", "es"],
        CategoryCount = 12,
        ActiveCategoryCount = 11,
        Versions = [new PublishedVersion("1.0.0", VersionBump.Major, Then, Curator, new string('a', 64), 12, "First release.")],
        LatestVersion = "1.0.0",
        CreatedBy = Curator,
        CreatedAt = Then.AddDays(-20),
        UpdatedAt = Then,
        AcceptanceRule = TaxonomyAcceptanceRule.Default,
        DraftVersion = 42,
    };

    public static IReadOnlyList<TaxonomySummary> List { get; } = [Summary];

    public static DraftCategory Category { get; } = new()
    {
        Id = Harassment,
        TaxonomyId = TaxonomyId,
        Notation = "1.2",
        Position = 1,
        Status = CategoryStatus.Active,
        Modalities = ["text", "image"],
        Labels = new Dictionary<string, string> { ["en"] = "Harassment", ["es"] = "Acoso" },
        Definitions = new Dictionary<string, string> { ["en"] = "Repeated unwanted contact meant to intimidate.", ["es"] = "Contacto no deseado y repetido para intimidar." },
        AltLabels = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Bullying"] },
        Mappings = [new CategoryMapping(MappingRelation.CloseMatch, "llama-guard-3", "S10", null, "Same idea")],
        CreatedAt = Then.AddDays(-20),
        UpdatedAt = Then,
        ChangedInVersion = 40,
    };

    public static DraftDocument Draft { get; } = new(
        TaxonomyId, Slug, Summary.Title, Summary.Description, Summary.Licence, Summary.Languages, "1.0.0", 42, [Category]);

    public static object CategoryWithHistory { get; } = new
    {
        Category.Id,
        Category.Notation,
        Category.Status,
        Category.Labels,
        Category.Definitions,
        Category.Mappings,
        History = new[] { new TimelineEntry("added", "Added “Harassment” (1.2)", Curator, Then.AddDays(-20), "From session HARM42", 12) },
    };

    public static CoverageAnswer Coverage { get; } = new(
        true, 42, 42, 11,
        [new LanguageCoverage("es", 10, 9, 4, [new CoverageCategory(Scams, "2.1", "Scams")])],
        [new ReferenceCoverage("llama-guard-3", "Llama Guard 3", 14, 6, 7, [new ReferenceCategory("S1", "Violent Crimes", null)])],
        [new CoverageCategory(Doxxing, "1.3", "Doxxing")]);

    public static CategoryCreated Created { get; } = new(Harassment, "1.2", 43);

    public static CategoryWritten Written { get; } = new(Harassment, 43);

    public static SiblingsOrdered Ordered { get; } = new(null, 43);

    public static CategorySplitAnswer Split { get; } = new(Harassment, [new NewCategory(Scams, "1.2", "Online harassment"), new NewCategory(Doxxing, "1.5", "Offline harassment")], 43);

    public static MappingWritten Mapped { get; } = new(Harassment, new CategoryMapping(MappingRelation.CloseMatch, "llama-guard-3", "S10", null, "Same idea"), 43);

    public static VersionPublished Published { get; } = new("1.1.0", "1.0.0", VersionBump.Minor, new string('b', 64), Then, "Added: 1.3 Doxxing.", 13, 43);

    public static CreateTaxonomyRequest CreateRequest { get; } = new(Slug, "Community harms (demo)", "Harms communities name in their own words.", "CC-BY-4.0", ["en", "es"]);

    public static ChangeTaxonomyDetailsRequest DetailsRequest { get; } = new("Community harms", "Harms communities name.", "CC-BY-4.0", "Shorter title");

    public static AddLanguageRequest LanguageRequest { get; } = new("pt-BR", "Brazilian partners joined");

    public static PublishAcceptanceRuleRequest RuleRequest { get; } = new(0.4, 0.6, 5, "Agreed at the March assembly");

    public static AddCategoryRequest AddRequest { get; } = new("en", "Harassment", "Repeated unwanted contact meant to intimidate.", null, ["text"], null, null, "From session HARM42");

    public static WriteTextRequest TextRequest { get; } = new("Acoso", "Contacto no deseado y repetido para intimidar.", null, "Spanish translation");

    public static ReviseDetailsRequest DetailsOfCategoryRequest { get; } = new(["Daily insulting messages"], ["Bullying"], "Severe when threats are made.", null);

    public static SetModalitiesRequest ModalitiesRequest { get; } = new(["text", "image"], null);

    public static RenumberRequest RenumberRequest { get; } = new("1.4", "Keep related harms together");

    public static ReorderRequest ReorderRequest { get; } = new(null, [Scams, Harassment], null);

    public static MoveRequest MoveRequest { get; } = new(Scams, null);

    public static MergeRequest MergeRequest { get; } = new(Harassment, "Duplicates");

    public static SplitRequest SplitRequest { get; } = new([new SplitPartRequest("Online harassment", null), new SplitPartRequest("Offline harassment", null)], "Too broad", "en");

    public static DeprecateRequest DeprecateRequest { get; } = new([Harassment], "Folded into harassment");

    public static MapRequest MapRequest { get; } = new("llama-guard-3", "S10", null, MappingRelation.CloseMatch, "Same idea", null);

    public static PublishRequest PublishRequest { get; } = new("1.1.0", "", "Quarterly release");
}
