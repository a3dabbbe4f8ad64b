using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Seeding;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.ReferenceTaxonomies;

public sealed class ReferenceTaxonomySeederTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Seeding_again_with_unchanged_data_records_no_new_events()
    {
        _ = app.Server; // the host's start seeds once
        var before = await CountEventsAsync();

        var changed = await SeedAsync(ReferenceTaxonomySeed.All);

        changed.ShouldBe(0);
        (await CountEventsAsync()).ShouldBe(before);
        before.ShouldBeGreaterThanOrEqualTo(ReferenceTaxonomySeed.All.Count);
    }

    [Fact]
    public async Task Changed_seed_data_records_one_revision_and_updates_the_read_model()
    {
        _ = app.Server;
        var shieldGemma = ReferenceTaxonomySeed.All.Single(taxonomy => taxonomy.Slug == "shieldgemma-2");
        var corrected = shieldGemma with { Description = shieldGemma.Description + " (corrected in a test)" };

        var changed = await SeedAsync([corrected]);

        changed.ShouldBe(1);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stream = await session.Events.FetchStreamAsync(ReferenceTaxonomyId.FromSlug("shieldgemma-2"));
        stream.Select(e => e.Data.GetType()).ShouldBe([typeof(ReferenceTaxonomyImported), typeof(ReferenceTaxonomyRevised)]);
        stream[1].CorrelationId.ShouldNotBeNull().ShouldStartWith("reference-seed:");
        var document = await session.LoadAsync<ReferenceTaxonomy>(ReferenceTaxonomyId.FromSlug("shieldgemma-2"));
        document!.Description.ShouldEndWith("(corrected in a test)");
        document.RevisedAt.ShouldNotBeNull();

        await SeedAsync([shieldGemma]); // leave the shared database as the other tests expect it
    }

    [Fact]
    public async Task Two_instances_seeding_at_once_do_not_collide()
    {
        _ = app.Server;
        var other = ReferenceTaxonomySeed.All.Select(taxonomy => taxonomy with { Slug = taxonomy.Slug + "-copy" }).Take(3).ToList();

        var results = await Task.WhenAll(SeedAsync(other), SeedAsync(other), SeedAsync(other));

        results.Sum().ShouldBe(3);
    }

    private async Task<int> SeedAsync(IReadOnlyList<ReferenceTaxonomyContent> taxonomies)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReferenceTaxonomySeeder>().SeedAsync(taxonomies, CancellationToken.None);
    }

    private async Task<int> CountEventsAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var shipped = ReferenceTaxonomySeed.All.Select(taxonomy => ReferenceTaxonomyId.FromSlug(taxonomy.Slug)).ToArray();
        return await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(shipped)).CountAsync();
    }
}
