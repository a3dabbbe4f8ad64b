using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.ReferenceTaxonomies;

public sealed class ReferenceCategoryTreeViewTests : MudBunitContext
{
    private static readonly IReadOnlyList<ReferenceCategory> AILuminate =
        ReferenceTaxonomySeed.All.Single(t => t.Slug == "mlcommons-ailuminate-v1.0").Categories;

    // The filter waits for a pause in typing; a loaded test machine needs more than bUnit's default second.
    private static readonly TimeSpan FilterDebounce = TimeSpan.FromSeconds(10);

    [Fact]
    public void Shows_the_top_level_categories_collapsed()
    {
        var cut = Render<ReferenceCategoryTreeView>(parameters => parameters.Add(p => p.Categories, AILuminate));

        cut.FindAll("[data-testid='category-physical']").Count.ShouldBe(1);
        cut.FindAll("[data-testid='category-non_physical']").Count.ShouldBe(1);
        cut.Markup.ShouldContain("Physical Hazards");
        ChildrenOf(cut, "physical").ClassList.ShouldContain("invisible");
    }

    [Fact]
    public void Expand_all_reveals_every_category()
    {
        var cut = Render<ReferenceCategoryTreeView>(parameters => parameters.Add(p => p.Categories, AILuminate));

        cut.Find("[data-testid='tree-expand-all']").Click();

        cut.WaitForAssertion(() =>
        {
            ChildrenOf(cut, "physical").ClassList.ShouldNotContain("invisible");
            ChildrenOf(cut, "contextual").ClassList.ShouldNotContain("invisible");
        });
        cut.FindAll("li[data-testid^='category-']").Count.ShouldBe(AILuminate.Count);
        cut.Markup.ShouldContain("Violent Crimes");
    }

    [Fact]
    public void Filtering_keeps_matches_and_their_ancestors_opened()
    {
        var cut = Render<ReferenceCategoryTreeView>(parameters => parameters.Add(p => p.Categories, AILuminate));

        cut.Find("input[data-testid='tree-filter']").Input("defamation");

        cut.WaitForAssertion(() =>
        {
            cut.FindAll("[data-testid='category-dfm']").Count.ShouldBe(1);
            ChildrenOf(cut, "non_physical").ClassList.ShouldNotContain("invisible");
            cut.FindAll("[data-testid='category-physical']").ShouldBeEmpty();
        }, FilterDebounce);
    }

    [Fact]
    public void A_filter_without_matches_says_so()
    {
        var cut = Render<ReferenceCategoryTreeView>(parameters => parameters.Add(p => p.Categories, AILuminate));

        cut.Find("input[data-testid='tree-filter']").Input("zzzz-nothing");

        cut.WaitForAssertion(() => cut.FindAll("[data-testid='tree-no-match']").Count.ShouldBe(1), FilterDebounce);
    }

    // MudTreeView keeps collapsed children in the page, inside a collapse container marked invisible.
    private static AngleSharp.Dom.IElement ChildrenOf(IRenderedComponent<ReferenceCategoryTreeView> cut, string code) =>
        cut.Find($"li[data-testid='category-{code}'] > .mud-collapse-container");
}
