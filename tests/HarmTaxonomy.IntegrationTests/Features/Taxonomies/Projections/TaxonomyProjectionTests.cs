using System.Text.Json;
using System.Text.Json.Nodes;
using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Projections;

/// <summary>
/// The read models on real PostgreSQL after real commands: the draft tree, the timelines, the frozen versions, the
/// summary and the asynchronous coverage report all agree with the write model that decided the changes.
/// </summary>
public sealed class TaxonomyProjectionTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly Actor Cora = new("curator-1", "Cora Curator");
    private static readonly Actor Ivo = new("curator-2", "Ivo Editor");

    [Fact]
    public async Task Draft_category_documents_equal_the_write_models_categories_after_every_kind_of_change()
    {
        var draft = await Draft.StartAsync(app, "mirror");
        var violence = await draft.AddAsync("Violence");
        var weapons = await draft.AddAsync("Weapons", violence);
        var hate = await draft.AddAsync("Hate");
        var slurs = await draft.AddAsync("Slurs", hate);
        var harassment = await draft.AddAsync("Harassment");
        var spam = await draft.AddAsync("Spam");
        var typo = await draft.AddAsync("Tyop");
        await draft.RunAsync(new WriteCategoryText(violence, "es", "Violencia", "Daño físico", "Incluye amenazas"));
        await draft.RunAsync(new WriteCategoryText(violence, "en", "Violent content", "Physical harm", ""));
        await draft.RunAsync(new ReviseCategoryDetails(weapons, "en", ["Guns", "Knives"], ["Arms"], "High when instructions"));
        await draft.RunAsync(new SetCategoryModalities(weapons, ["image", "text", "video"]));
        await draft.RunAsync(new RenumberCategory(spam, "SP-1"));
        await draft.RunAsync(new MapCategory(hate, MappingRelation.CloseMatch, "llama-guard-3", "S10", null, "Same idea"));
        await draft.RunAsync(new MapCategory(spam, MappingRelation.RelatedMatch, null, null, "urn:example:spam", null));
        await draft.RunAsync(new RemoveMapping(spam, "urn:example:spam"));
        await draft.RunAsync(new PublishVersion("1.0.0", null));
        await draft.RunAsync(new MoveCategory(weapons, null, "Stands on its own"));
        await draft.RunAsync(new ReorderSiblings(null, [harassment, spam, typo, hate, violence, weapons]));
        await draft.RunAsync(new MergeCategory(hate, harassment, "Overlap"));
        await draft.RunAsync(new SplitCategory(violence, "en", [new SplitInto(Guid.CreateVersion7(), "Threats", "Saying harm"), new SplitInto(Guid.CreateVersion7(), "Gore", "Showing harm")], "Too broad"));
        await draft.RunAsync(new DeprecateCategory(spam, [harassment], "Out of scope"));
        await draft.RunAsync(new RemoveCategory(typo, "Typo"));

        var documents = await draft.Queries.CategoriesAsync(draft.Id, default);
        var writeModel = await draft.Writer.ReadAsync(draft.Id, model => model.Categories.ToList(), default);

        documents.Count.ShouldBe(8);
        Canonical(documents).ShouldBe(Canonical(writeModel));
        documents.Single(category => category.Id == slurs).ParentId.ShouldBe(harassment);
        documents.ShouldNotContain(category => category.Id == typo);
        var tree = await draft.Queries.TreeAsync(draft.Id, default);
        tree.Select(node => node.Id).ShouldBe(documents.Select(category => category.Id));
    }

    [Fact]
    public async Task Timelines_list_each_change_with_who_made_it_when_and_why()
    {
        var draft = await Draft.StartAsync(app, "timeline");
        var hate = await draft.AddAsync("Hate");
        var harassment = await draft.AddAsync("Harassment");
        var renamed = await draft.RunAsync(new WriteCategoryText(hate, "en", "Hateful content", null, null, "Broader wording"), Ivo);
        var mapped = await draft.RunAsync(new MapCategory(hate, MappingRelation.ExactMatch, "llama-guard-3", "S10", null, null, "Crosswalk"));
        var merged = await draft.RunAsync(new MergeCategory(hate, harassment, "Overlap"), Ivo);

        var timeline = await draft.Queries.TimelineAsync(draft.Id, hate, default);

        timeline.Select(entry => entry.Kind).ShouldBe(["added", "renamed", "mapped", "merged"]);
        timeline.Select(entry => entry.By).ShouldBe([Cora, Ivo, Cora, Ivo]);
        timeline.Select(entry => entry.Reason).ShouldBe([null, "Broader wording", "Crosswalk", "Overlap"]);
        timeline[1].At.ShouldBe(renamed.Events.Single().At);
        timeline[2].At.ShouldBe(mapped.Events.Single().At);
        timeline[3].At.ShouldBe(merged.Events.Single().At);
        timeline.Select(entry => entry.DraftVersion).ShouldBe([2, renamed.DraftVersion, mapped.DraftVersion, merged.DraftVersion]);
        timeline[1].Summary.ShouldContain("Hateful content");
        timeline[2].Summary.ShouldContain("llama-guard-3 S10");
        (await draft.Queries.TimelineAsync(draft.Id, harassment, default)).Select(entry => entry.Summary)
            .ShouldBe(["Added as HT-2 “Harassment” (en)", "Absorbed a merged category"]);
    }

    [Fact]
    public async Task A_published_version_document_never_changes_after_later_edits()
    {
        var draft = await Draft.StartAsync(app, "frozen");
        var hate = await draft.AddAsync("Hate");
        var harassment = await draft.AddAsync("Harassment");
        await draft.RunAsync(new WriteCategoryText(hate, "es", "Odio", "Ataques", null));
        await draft.RunAsync(new PublishVersion("1.0.0", "First."));
        var before = await draft.Queries.VersionAsync(draft.Slug, "1.0.0", default);

        await draft.RunAsync(new WriteCategoryText(hate, "en", "Hateful content", "Changed", null));
        await draft.RunAsync(new MergeCategory(hate, harassment, "Overlap"));
        await draft.RunAsync(new AddTaxonomyLanguage("fr"));
        await draft.RunAsync(new ChangeTaxonomyDetails("Retitled", "Other", "CC0-1.0"));
        await draft.RunAsync(new PublishVersion("2.0.0", null));
        var after = await draft.Queries.VersionAsync(draft.Slug, "1.0.0", default);

        after.ShouldNotBeNull();
        Canonical(after).ShouldBe(Canonical(before!));
        after.Snapshot.Categories.Single(category => category.Id == hate).Labels["en"].ShouldBe("Hate");
        after.Snapshot.Title.ShouldBe(before!.Snapshot.Title);
        var canonical = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(after.Snapshot, after.Version, after.PreviousVersion, after.PublishedAt, after.Changelog));
        CanonicalVersionJson.Sha256(canonical).ShouldBe(after.Sha256);
        (await draft.Queries.VersionAsync(draft.Slug, "2.0.0", default))!.Snapshot.Categories
            .Single(category => category.Id == hate).Status.ShouldBe(CategoryStatus.Deprecated);
    }

    [Fact]
    public async Task The_summary_counts_categories_and_active_categories_as_the_write_model_does()
    {
        var draft = await Draft.StartAsync(app, "counts");
        var first = await draft.AddAsync("First");
        var second = await draft.AddAsync("Second");
        var third = await draft.AddAsync("Third");
        var fourth = await draft.AddAsync("Fourth");
        await draft.AssertCountsAsync(4, 4);
        await draft.RunAsync(new SplitCategory(first, null, [new SplitInto(Guid.CreateVersion7(), "A", ""), new SplitInto(Guid.CreateVersion7(), "B", "")], "Too broad"));
        await draft.AssertCountsAsync(6, 5);
        await draft.RunAsync(new MergeCategory(second, third, "Overlap"));
        await draft.AssertCountsAsync(6, 4);
        await draft.RunAsync(new DeprecateCategory(fourth, [], "Unused"));
        await draft.AssertCountsAsync(6, 3);
        await draft.RunAsync(new RemoveCategory(fourth, "Never published"));
        await draft.AssertCountsAsync(5, 3);
        var published = await draft.RunAsync(new PublishVersion("1.0.0", null));

        var summary = await draft.Queries.RequireAsync(draft.Slug, default);
        summary.LatestVersion.ShouldBe("1.0.0");
        summary.Versions.Single().CategoryCount.ShouldBe(5);
        summary.DraftVersion.ShouldBe(published.DraftVersion);
        summary.UpdatedAt.ShouldBe(published.Events.Single().At);
        summary.CreatedBy.ShouldBe(Cora);
    }

    [Fact]
    public async Task The_coverage_projection_reports_translations_and_crosswalk_gaps()
    {
        var draft = await Draft.StartAsync(app, "coverage");
        var hate = await draft.AddAsync("Hate");
        var violence = await draft.AddAsync("Violence");
        var spam = await draft.AddAsync("Spam");
        var retired = await draft.AddAsync("Retired");
        await draft.RunAsync(new WriteCategoryText(hate, "es", "Odio", "Ataques a grupos", "Incluye insultos"));
        await draft.RunAsync(new WriteCategoryText(violence, "es", "Violencia", "", null));
        await draft.RunAsync(new MapCategory(hate, MappingRelation.CloseMatch, "llama-guard-3", "S10", null, null));
        await draft.RunAsync(new MapCategory(violence, MappingRelation.BroadMatch, "llama-guard-3", "S1", null, null));
        await draft.RunAsync(new MapCategory(spam, MappingRelation.RelatedMatch, null, null, "https://example.org/spam", null));
        var last = await draft.RunAsync(new DeprecateCategory(retired, [], "Unused"));

        await app.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var coverage = await draft.Queries.CoverageAsync(draft.Id, default);

        coverage.ShouldNotBeNull();
        coverage.DraftVersion.ShouldBe(last.DraftVersion);
        coverage.ActiveCategories.ShouldBe(3);
        var english = coverage.Languages.Single(language => language.Language == "en");
        (english.Labelled, english.Defined, english.ScopeNoted).ShouldBe((3, 3, 0));
        var spanish = coverage.Languages.Single(language => language.Language == "es");
        (spanish.Labelled, spanish.Defined, spanish.ScopeNoted).ShouldBe((2, 1, 1));
        spanish.MissingLabel.Select(category => category.Id).ShouldBe([spam]);
        var llamaGuard = coverage.References.Single(reference => reference.Reference == "llama-guard-3");
        llamaGuard.ReferenceCategoriesCovered.ShouldBe(2);
        llamaGuard.OurCategoriesMapped.ShouldBe(2);
        llamaGuard.NotCovered.Select(category => category.Code).ShouldNotContain("S10");
        llamaGuard.NotCovered.Select(category => category.Code).ShouldContain("S2");
        llamaGuard.NotCovered.Count.ShouldBe(llamaGuard.ReferenceCategories - 2);
        coverage.Unmapped.Select(category => category.Label).ShouldBe(["Spam"]);
    }

    /// <summary>Both sides as JSON with object keys sorted: PostgreSQL's jsonb keeps dictionary keys in its own order.</summary>
    private static string Canonical(IReadOnlyList<DraftCategory> categories) =>
        Sorted(JsonSerializer.SerializeToNode(categories.OrderBy(category => category.Id).ToList())!).ToJsonString();

    private static string Canonical(TaxonomyVersionDocument version) => Sorted(JsonSerializer.SerializeToNode(version)!).ToJsonString();

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonObject map => new JsonObject(map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, pair.Value is null ? null : Sorted(pair.Value)))),
        JsonArray list => new JsonArray([.. list.Select(item => item is null ? null : Sorted(item))]),
        _ => node.DeepClone(),
    };

    /// <summary>One taxonomy's draft driven through the real writer, as the API and the editor drive it.</summary>
    private sealed class Draft
    {
        private readonly IServiceScope scope;

        private Draft(IServiceScope scope, Guid id, string slug)
        {
            this.scope = scope;
            Id = id;
            Slug = slug;
        }

        public Guid Id { get; }

        public string Slug { get; }

        public TaxonomyWriter Writer => scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();

        public TaxonomyQueries Queries => scope.ServiceProvider.GetRequiredService<TaxonomyQueries>();

        public static async Task<Draft> StartAsync(HarmTaxonomyAppFactory app, string name)
        {
            var scope = app.Services.CreateScope();
            var id = Guid.CreateVersion7();
            var slug = $"{name}-{id:N}";
            await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>()
                .CreateAsync(new CreateTaxonomy(id, slug, name, "", null, ["en", "es"]), Cora, default);
            return new Draft(scope, id, slug);
        }

        public async Task<Guid> AddAsync(string label, Guid? parentId = null)
        {
            var id = Guid.CreateVersion7();
            await RunAsync(new AddCategory(id, "en", label, $"About {label}.", parentId, ["text"]));
            return id;
        }

        public Task<WriteOutcome> RunAsync(ITaxonomyCommand command, Actor? by = null) => Writer.ExecuteAsync(Id, null, command, by ?? Cora, default);

        public async Task AssertCountsAsync(int categories, int active)
        {
            var summary = await Queries.RequireAsync(Slug, default);
            var model = await Writer.ReadAsync(Id, draft => (All: draft.Categories.Count, Active: draft.Categories.Count(category => category.IsActive)), default);
            (summary.CategoryCount, summary.ActiveCategoryCount).ShouldBe((categories, active));
            (model.All, model.Active).ShouldBe((categories, active));
        }
    }
}
