using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Mappings;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Mappings;

public sealed class MappingListTests : MudBunitContext
{
    private static readonly CategoryMapping ToLlamaGuard = new(MappingRelation.ExactMatch, "llama-guard-3", "S10", null, "Same scope.");
    private static readonly CategoryMapping ToWikidata = new(MappingRelation.BroadMatch, null, null, "https://www.wikidata.org/wiki/Q11499", null);

    private readonly List<CategoryMapping> removed = [];

    [Fact]
    public void Mappings_name_the_reference_taxonomy_and_category_with_the_relation_and_note()
    {
        var cut = RenderList(canRemove: false);

        var first = cut.Find("[data-testid='mapping-0']");
        first.TextContent.ShouldContain("exact match");
        cut.Find("[data-testid='mapping-target-0']").TextContent.Trim().ShouldBe("Llama Guard 3 · S10 Hate");
        cut.Find("[data-testid='mapping-target-0']").GetAttribute("href").ShouldBe("/taxonomies/llama-guard-3");
        first.TextContent.ShouldContain("Same scope.");
        cut.Find("[data-testid='mapping-target-1']").GetAttribute("href").ShouldBe("https://www.wikidata.org/wiki/Q11499");
        cut.FindAll("[data-testid^='mapping-remove-']").ShouldBeEmpty();
    }

    [Fact]
    public void Removing_hands_back_the_mapping_of_that_row()
    {
        var cut = RenderList(canRemove: true);

        cut.Find("[data-testid='mapping-remove-1']").Click();

        removed.ShouldBe([ToWikidata]);
    }

    [Fact]
    public void No_mappings_says_why_they_matter()
    {
        var cut = Render<MappingList>(parameters => parameters.Add(list => list.Mappings, []));

        cut.Find("[data-testid='mappings-empty']").TextContent.ShouldContain("Map this category");
    }

    private IRenderedComponent<MappingList> RenderList(bool canRemove) =>
        Render<MappingList>(parameters => parameters
            .Add(list => list.Mappings, [ToLlamaGuard, ToWikidata])
            .Add(list => list.References, [new ReferenceMatch("llama-guard-3", "Llama Guard 3", "S10", "Hate")])
            .Add(list => list.CanRemove, canRemove)
            .Add(list => list.OnRemove, mapping => removed.Add(mapping)));
}
