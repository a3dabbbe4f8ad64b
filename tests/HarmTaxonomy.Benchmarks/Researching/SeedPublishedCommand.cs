using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Benchmarks.Researching;

/// <summary>
/// <c>seed-published</c>: puts the synthetic 5,000-category, 3-language taxonomy into the database named by
/// <see cref="BenchmarkApp.ConnectionVariable"/> and publishes it as 1.0.0, for the HTTP load of a running app
/// (<c>infra/load.sh downloads</c>). Prints <c>slug=…</c> for the script.
/// </summary>
public static class SeedPublishedCommand
{
    public const string Name = "seed-published";

    public static async Task RunAsync()
    {
        await using var app = await BenchmarkApp.StartAsync();
        var taxonomy = await TaxonomySeeder.SeedAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        await writer.ExecuteAsync(taxonomy.Id, null, new PublishVersion("1.0.0", "A synthetic release for load measurements."), TaxonomySeeder.Curator, default);
        Console.WriteLine($"slug={taxonomy.Slug}");
    }
}
