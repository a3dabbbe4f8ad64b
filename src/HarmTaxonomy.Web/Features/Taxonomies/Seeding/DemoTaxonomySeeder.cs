using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Seeding;

/// <summary>
/// Gives a fresh Development install one community taxonomy to explore: two levels, English and Spanish, mapped to
/// Llama Guard 3, published as 1.0.0, with a draft change on top so the diff and publish screens have something to
/// show. Runs once (the slug is the marker) through the same write path as everyone else. Setting
/// <c>DemoData:Taxonomies</c> to false turns it off; outside Development it is off unless set to true.
/// </summary>
public sealed class DemoTaxonomySeeder(TaxonomyWriter writer, TaxonomyQueries queries, IConfiguration configuration, IHostEnvironment environment, ILogger<DemoTaxonomySeeder> logger)
{
    public const string Slug = "community-harms-demo";
    public const string ConfigurationKey = "DemoData:Taxonomies";

    private static readonly Actor Seed = new("system:demo-seed", "Demo data");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(ConfigurationKey, environment.IsDevelopment()) || await queries.FindAsync(Slug, cancellationToken) is not null)
        {
            return;
        }

        var taxonomyId = Guid.CreateVersion7();
        await writer.CreateAsync(
            new CreateTaxonomy(
                taxonomyId, Slug, "Community harms (demo)",
                "A small **demo** taxonomy written by the seed data, so the editor, versions and diff screens have something to show. Change it freely.",
                "CC-BY-4.0", ["en", "es"]),
            Seed,
            cancellationToken);

        foreach (var top in DemoCategories.All)
        {
            var topId = await AddAsync(taxonomyId, top, parentId: null, cancellationToken);
            foreach (var child in top.Children)
            {
                await AddAsync(taxonomyId, child, topId, cancellationToken);
            }
        }

        await RunAsync(taxonomyId, new PublishVersion("1.0.0", null, "First demo release"), cancellationToken);
        await AddAsync(taxonomyId, DemoCategories.AfterRelease, parentId: null, cancellationToken);
        logger.LogInformation("Demo taxonomy {Slug} created with version 1.0.0 and one unpublished change", Slug);
    }

    private async Task<Guid> AddAsync(Guid taxonomyId, DemoCategory category, Guid? parentId, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await RunAsync(taxonomyId, new AddCategory(id, "en", category.Label, category.Definition, parentId, category.Modalities), cancellationToken);
        if (category.SpanishLabel is { } spanish)
        {
            await RunAsync(taxonomyId, new WriteCategoryText(id, "es", spanish, category.SpanishDefinition, null), cancellationToken);
        }

        if (category.LlamaGuardCode is { } code)
        {
            await RunAsync(taxonomyId, new MapCategory(id, category.Relation, "llama-guard-3", code, null, null), cancellationToken);
        }

        return id;
    }

    private Task<WriteOutcome> RunAsync(Guid taxonomyId, ITaxonomyCommand command, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(taxonomyId, null, command, Seed, cancellationToken);
}
