using System.Diagnostics;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Benchmarks.Taxonomies.Generating;

/// <summary>
/// Writes a fresh <see cref="SyntheticTaxonomy"/> into the store. The taxonomy is created through
/// <see cref="TaxonomyWriter.CreateAsync"/>; its categories are decided by the same commands the writer runs, against
/// a write model kept here, and appended in batches with the expected stream version, so the stream and the inline
/// read models are exactly what one-by-one edits would leave, in seconds instead of minutes.
/// </summary>
public static class TaxonomySeeder
{
    public const int Seed = 4;

    public static readonly Actor Curator = new("benchmark-curator", "Benchmark Curator");

    private const int EventsPerBatch = 1_000;

    public static async Task<SeededTaxonomy> SeedAsync(IServiceProvider services)
    {
        var started = Stopwatch.StartNew();
        using var scope = services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();

        var slug = $"bench-{Guid.NewGuid():N}";
        var create = new CreateTaxonomy(
            Guid.CreateVersion7(), slug, "Benchmark harms", "A synthetic taxonomy of 5,000 categories.", null, SyntheticTaxonomy.Languages);
        var created = await writer.CreateAsync(create, Curator, default);
        var draft = TaxonomyDraft.Start((TaxonomyCreated)created.Events[0], created.DraftVersion);

        var pending = new List<ITaxonomyEvent>();
        foreach (var command in SyntheticTaxonomy.Commands(Seed))
        {
            foreach (var change in command.Decide(draft, Curator, time.GetUtcNow()))
            {
                draft.Apply(change, draft.Version + 1);
                pending.Add(change);
            }

            if (pending.Count >= EventsPerBatch)
            {
                await AppendAsync(store, draft, pending);
            }
        }

        await AppendAsync(store, draft, pending);
        Console.WriteLine($"// Seeded {slug}: {draft.Categories.Count} categories, {draft.Version} events in {started.Elapsed.TotalSeconds:F1} s");
        return new SeededTaxonomy(draft.Id, slug, [.. draft.Categories.Select(category => category.Id)]);
    }

    private static async Task AppendAsync(IDocumentStore store, TaxonomyDraft draft, List<ITaxonomyEvent> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await using var session = store.LightweightSession();
        session.Events.Append(draft.Id, draft.Version, [.. pending]);
        await session.SaveChangesAsync();
        pending.Clear();
    }
}

/// <summary>A taxonomy the seeder wrote: its id, slug and the ids of its categories.</summary>
public sealed record SeededTaxonomy(Guid Id, string Slug, IReadOnlyList<Guid> CategoryIds);
