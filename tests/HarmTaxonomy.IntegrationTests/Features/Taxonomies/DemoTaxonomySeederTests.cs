using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies;

public sealed class DemoTaxonomySeederTests(DemoTaxonomySeederTests.DemoApp app) : IClassFixture<DemoTaxonomySeederTests.DemoApp>
{
    [Fact]
    public async Task A_fresh_install_gets_a_published_bilingual_mapped_demo_with_one_unpublished_change()
    {
        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<TaxonomyQueries>();

        var demo = await queries.RequireAsync(DemoTaxonomySeeder.Slug, default);
        demo.LatestVersion.ShouldBe("1.0.0");
        demo.Languages.ShouldBe(["en", "es"]);
        var categories = await queries.CategoriesAsync(demo.Id, default);
        categories.Count.ShouldBe(demo.CategoryCount);
        categories.Count(category => category.Labels.ContainsKey("es")).ShouldBeGreaterThan(categories.Count / 2);
        categories.SelectMany(category => category.Mappings).ShouldContain(mapping => mapping.Reference == "llama-guard-3" && mapping.Code == "S10");
        var diff = await queries.DiffAsync(demo, "1.0.0", TaxonomyQueries.Draft, default);
        diff.Added.Single().Label.ShouldBe("Agentic harms");
        diff.RequiredBump.ShouldBe(VersionBump.Minor);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<TaxonomyQueries>();
        var before = await queries.RequireAsync(DemoTaxonomySeeder.Slug, default);

        await scope.ServiceProvider.GetRequiredService<DemoTaxonomySeeder>().SeedAsync(default);

        (await queries.RequireAsync(DemoTaxonomySeeder.Slug, default)).DraftVersion.ShouldBe(before.DraftVersion);
        (await queries.ListAsync(default)).Count.ShouldBe(1);
    }

    public sealed class DemoApp : HarmTaxonomyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(DemoTaxonomySeeder.ConfigurationKey, "true");
        }
    }
}
