using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies;

public sealed class TaxonomyWritePathTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly Actor Curator = new("curator-1", "Cora Curator");

    [Fact]
    public async Task Edits_reach_the_inline_read_models_and_a_stale_writer_is_told_what_changed()
    {
        using var scope = app.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var queries = scope.ServiceProvider.GetRequiredService<TaxonomyQueries>();
        var taxonomyId = Guid.CreateVersion7();
        await writer.CreateAsync(new CreateTaxonomy(taxonomyId, "write-path", "Write path", "", null, ["en", "es"]), Curator, default);
        var hate = Guid.CreateVersion7();
        var harassment = Guid.CreateVersion7();
        var child = Guid.CreateVersion7();
        await writer.ExecuteAsync(taxonomyId, 1, new AddCategory(hate, "en", "Hate", "Hateful content", null, ["text"]), Curator, default);
        await writer.ExecuteAsync(taxonomyId, 2, new AddCategory(harassment, "en", "Harassment", "Targeted abuse", null, ["text"]), Curator, default);
        await writer.ExecuteAsync(taxonomyId, 3, new AddCategory(child, "en", "Slurs", "Slurs", hate, ["text"]), Curator, default);
        var published = await writer.ExecuteAsync(taxonomyId, 4, new PublishVersion("1.0.0", null), Curator, default);
        published.DraftVersion.ShouldBe(5);

        var merged = await writer.ExecuteAsync(taxonomyId, 5, new MergeCategory(hate, harassment, "Too close to tell apart"), Curator, default);

        var tree = await queries.TreeAsync(taxonomyId, default);
        tree.Select(node => node.Notation).ShouldBe(["HT-1", "HT-2", "HT-1.1"]);
        tree.Single(node => node.Id == child).ParentId.ShouldBe(harassment);
        tree.Single(node => node.Id == hate).Status.ShouldBe(CategoryStatus.Deprecated);
        tree.Single(node => node.Id == child).Labels.ShouldBe(new Dictionary<string, string> { ["en"] = "Slurs" });
        var summary = await queries.RequireAsync("write-path", default);
        summary.DraftVersion.ShouldBe(merged.DraftVersion);
        summary.ActiveCategoryCount.ShouldBe(2);
        summary.LatestVersion.ShouldBe("1.0.0");
        (await queries.VersionAsync("write-path", "1.0.0", default))!.Snapshot.Categories.Count.ShouldBe(3);
        (await queries.TimelineAsync(taxonomyId, child, default)).Select(entry => entry.Kind).ShouldBe(["added", "moved"]);
        var diff = await queries.DiffAsync(summary, "1.0.0", TaxonomyQueries.Draft, default);
        diff.RequiredBump.ShouldBe(Domain.Taxonomies.Versions.VersionBump.Major);

        var stale = await Should.ThrowAsync<StaleDraftException>(
            () => writer.ExecuteAsync(taxonomyId, 5, new AddCategory(Guid.CreateVersion7(), "en", "Late", "", null, []), Curator, default));
        stale.CurrentVersion.ShouldBe(6);
        stale.ChangesSince.Single().Summary.ShouldContain("Merged");

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var coverage = await queries.CoverageAsync(taxonomyId, default);
        coverage.ShouldNotBeNull().ActiveCategories.ShouldBe(2);
        coverage.Languages.Single(language => language.Language == "es").Labelled.ShouldBe(0);
    }

    [Fact]
    public async Task A_taken_slug_is_refused()
    {
        using var scope = app.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        await writer.CreateAsync(new CreateTaxonomy(Guid.CreateVersion7(), "taken", "One", "", null, ["en"]), Curator, default);

        var refused = await Should.ThrowAsync<TaxonomyRuleException>(
            () => writer.CreateAsync(new CreateTaxonomy(Guid.CreateVersion7(), "taken", "Two", "", null, ["en"]), Curator, default));

        refused.Field.ShouldBe("slug");
        refused.Kind.ShouldBe(TaxonomyRuleKind.Invalid);
    }
}
