using System.Globalization;
using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.ReferenceTaxonomies;

public sealed class ReferenceTaxonomyTableTests : MudBunitContext
{
    private static readonly List<ReferenceTaxonomySummary> Shipped = ReferenceTaxonomySeed.All
        .Select(t => new ReferenceTaxonomySummary(t.Slug, t.Name, t.Publisher, t.Version, t.Categories.Count, t.Licence))
        .ToList();

    [Fact]
    public void Shows_one_row_per_taxonomy_with_name_publisher_version_count_and_licence()
    {
        var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, Shipped));

        cut.FindAll("tbody tr").Count.ShouldBe(15);
        var llamaGuard = cut.Find("[data-testid='taxonomy-link-llama-guard-3']").Closest("tr")!;
        llamaGuard.TextContent.ShouldContain("Llama Guard 3");
        llamaGuard.TextContent.ShouldContain("Meta");
        cut.Find("[data-testid='taxonomy-count-llama-guard-3']").TextContent.Trim().ShouldBe("14");
        llamaGuard.TextContent.ShouldContain(Shipped.Single(t => t.Slug == "llama-guard-3").Licence);
    }

    [Fact]
    public void Links_each_name_to_the_taxonomy_page()
    {
        var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, Shipped));

        cut.Find("[data-testid='taxonomy-link-nist-ai-600-1']").GetAttribute("href").ShouldBe("/taxonomies/nist-ai-600-1");
    }

    [Fact]
    public void Searching_keeps_only_matching_rows()
    {
        var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, Shipped));

        cut.Find("input[data-testid='catalogue-search']").Input("llama");

        cut.WaitForAssertion(() => cut.FindAll("tbody tr").Count.ShouldBe(3));
    }

    [Fact]
    public void Says_what_to_do_when_nothing_is_loaded()
    {
        var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, new List<ReferenceTaxonomySummary>()));

        cut.Find("[data-testid='catalogue-empty']").TextContent.ShouldContain("restart");
    }

    [Fact]
    public void Shows_progress_while_loading()
    {
        var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, (IReadOnlyList<ReferenceTaxonomySummary>?)null));

        cut.FindAll("[data-testid='catalogue-loading']").Count.ShouldBe(1);
        cut.FindComponents<MudTable<ReferenceTaxonomySummary>>().ShouldBeEmpty();
    }

    [Fact]
    public void Column_headings_follow_the_ui_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("es");
        try
        {
            var cut = Render<ReferenceTaxonomyTable>(parameters => parameters.Add(p => p.Items, Shipped));

            cut.Find("thead").TextContent.ShouldContain("Editor");
            cut.Find("thead").TextContent.ShouldContain("Licencia");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
