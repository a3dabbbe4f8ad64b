using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>
/// The version page of a release of 5,000 categories in 3 languages: it draws only the top level, and a search draws
/// a bounded number of rows. The server times are written to the test output (docs/benchmarks.md may quote them); the
/// test asserts behaviour only, never a duration.
/// </summary>
public sealed partial class LargeVersionPageTests(HarmTaxonomyAppFactory app, ITestOutputHelper output) : IClassFixture<HarmTaxonomyAppFactory>
{
    // 10 + 100 + 1,000 group categories, and 3,890 leaves under the third level: 5,000 in 4 levels.
    private static readonly int[] FanOut = [10, 10, 10];
    private const int Total = 5_000;
    private const string Slug = "five-thousand-public";

    [Fact]
    public async Task The_page_of_a_release_of_five_thousand_categories_draws_only_its_top_level()
    {
        await PublishAsync();
        using var anonymous = app.CreateClient();

        var html = "";
        foreach (var (visit, path) in new[]
        {
            ("taxonomy page, first visit (release read from the database)", $"/taxonomies/{Slug}"),
            ("version page, first visit", $"/taxonomies/{Slug}/versions/1.0.0"),
            ("version page, second visit", $"/taxonomies/{Slug}/versions/1.0.0"),
        })
        {
            var clock = Stopwatch.StartNew();
            var response = await anonymous.GetAsync(path);
            html = await response.Content.ReadAsStringAsync();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{visit}: {clock.ElapsedMilliseconds} ms for {html.Length / 1024} KB"));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        RowPattern().Count(html).ShouldBe(FanOut[0]);
        html.ShouldContain("data-testid=\"version-search\"");
    }

    [GeneratedRegex("data-testid=\"version-row\"")]
    private static partial Regex RowPattern();

    /// <summary>Decides the categories with the real commands against a local draft, appends them in batches, then publishes through the writer.</summary>
    private async Task PublishAsync()
    {
        var actor = new Actor("seed", "Seed");
        var now = DateTimeOffset.UtcNow;
        var created = new CreateTaxonomy(Guid.CreateVersion7(), Slug, "Five thousand", "", null, ["en", "es", "fr"]).Decide(actor, now);
        var draft = TaxonomyDraft.Start(created, 1);
        var events = new List<ITaxonomyEvent>();
        var level = new List<Guid?> { null };
        foreach (var fanOut in FanOut)
        {
            level = [.. level.SelectMany(parent => Enumerable.Range(0, fanOut).Select(index => (Guid?)Add(parent, $"Group {index}")))];
        }

        for (var leaf = 0; draft.Categories.Count < Total; leaf++)
        {
            Add(level[leaf % level.Count], $"Leaf {leaf}");
        }

        Guid Add(Guid? parent, string label)
        {
            var id = Guid.CreateVersion7();
            Run(new AddCategory(id, "en", label, new string('d', 300), parent, [Modality.Text]));
            Run(new WriteCategoryText(id, "es", $"{label} (es)", new string('e', 300), null));
            Run(new WriteCategoryText(id, "fr", $"{label} (fr)", new string('f', 300), null));
            return id;
        }

        void Run(ITaxonomyCommand command)
        {
            foreach (var change in command.Decide(draft, actor, now))
            {
                draft.Apply(change, draft.Version + 1);
                events.Add(change);
            }
        }

        await TaxonomyStreams.AppendAsync(app.Services.GetRequiredService<IDocumentStore>(), created, events);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaxonomyWriter>()
            .ExecuteAsync(created.TaxonomyId, null, new PublishVersion("1.0.0", "Five thousand categories."), actor, CancellationToken.None);
    }
}
