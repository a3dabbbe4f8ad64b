using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.History;

public sealed class HistoryListTests : MudBunitContext
{
    public HistoryListTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    [Fact]
    public void Changes_come_newest_first_with_the_releases_that_followed_them()
    {
        var cut = Render<HistoryList>(parameters => parameters
            .Add(list => list.Entries,
            [
                Entry("Added as HT-1", Now.AddDays(-5), 2),
                Entry("Renamed in en to “Hateful speech”", Now.AddHours(-3), 9, reason: "Agreed in session 4"),
            ])
            .Add(list => list.Versions,
            [
                Release("0.1.0", Now.AddDays(-8)),
                Release("1.0.0", Now.AddDays(-2)),
            ]));

        var items = cut.FindAll("[data-testid='history-entry'], [data-testid='history-release']").Select(item => item.TextContent).ToList();
        items.Count.ShouldBe(3);
        items[0].ShouldContain("Renamed in en to “Hateful speech”");
        items[0].ShouldContain("Ana");
        items[0].ShouldContain("3 h ago");
        items[0].ShouldContain("Agreed in session 4");
        items[1].ShouldContain("Published 1.0.0");
        items[2].ShouldContain("Added as HT-1");
    }

    [Fact]
    public void A_category_without_changes_says_so()
    {
        var cut = Render<HistoryList>(parameters => parameters.Add(list => list.Entries, []));

        cut.Find("[data-testid='history-empty']").TextContent.ShouldBe("No changes recorded yet.");
    }

    private static PublishedVersion Release(string version, DateTimeOffset at) => new(version, VersionBump.Minor, at, Ana, "sha", 3, "");
}
