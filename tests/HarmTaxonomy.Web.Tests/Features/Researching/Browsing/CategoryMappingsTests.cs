using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CategoryMappingsTests : MudBunitContext
{
    private static readonly ReferenceTaxonomy LlamaGuard =
        ReferenceTaxonomy.From(Guid.CreateVersion7(), ReferenceTaxonomySeed.All.Single(taxonomy => taxonomy.Slug == "llama-guard-3"), "hash", Releases.At);

    [Fact]
    public void A_mapping_names_the_reference_its_category_source_and_licence()
    {
        var rows = new[] { MappingRow.Of(new CategoryMapping("exactMatch", "llama-guard-3", "S10", null, null), new Dictionary<string, ReferenceTaxonomy> { ["llama-guard-3"] = LlamaGuard }) };

        var cut = Render<CategoryMappings>(parameters => parameters.Add(p => p.Rows, rows));

        var row = cut.Find("[data-testid='category-mapping']");
        row.TextContent.ShouldContain("skos:exactMatch");
        row.TextContent.ShouldContain("Llama Guard 3");
        row.TextContent.ShouldContain("S10");
        row.TextContent.ShouldContain("Hate");
        row.TextContent.ShouldContain(LlamaGuard.Licence);
        row.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).ShouldContain(LlamaGuard.SourceUrl);
    }

    [Fact]
    public void A_mapping_to_a_uri_with_an_unsafe_scheme_is_shown_but_never_linked()
    {
        var rows = new[] { MappingRow.Of(new CategoryMapping("closeMatch", null, null, "javascript:alert(1)", null), new Dictionary<string, ReferenceTaxonomy>()) };

        var cut = Render<CategoryMappings>(parameters => parameters.Add(p => p.Rows, rows));

        cut.Find("[data-testid='category-mapping']").TextContent.ShouldContain("javascript:alert(1)");
        cut.FindAll("a[href^='javascript']").ShouldBeEmpty();
    }

    [Fact]
    public void A_category_without_mappings_says_so()
    {
        var cut = Render<CategoryMappings>(parameters => parameters.Add(p => p.Rows, []));

        cut.Find("[data-testid='category-mappings-empty']").TextContent.ShouldContain("not mapped");
    }
}
