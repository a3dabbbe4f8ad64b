using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Categories;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Categories;

public sealed class CategoryPanelTests : MudBunitContext
{
    private readonly FakeDraftWrites writes = new();

    public CategoryPanelTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void Readers_see_every_tab_without_a_single_edit_control()
    {
        var category = Category() with { Mappings = [new CategoryMapping(MappingRelation.CloseMatch, "llama-guard-3", "S10", null, null)] };
        var cut = RenderPanel(category, canEdit: false);

        cut.FindAll("[data-testid='category-actions']").ShouldBeEmpty();
        cut.FindAll("[data-testid='details-save']").ShouldBeEmpty();
        cut.Find("input[data-testid='details-label']").HasAttribute("readonly").ShouldBeTrue();

        cut.Find("[data-testid='tab-translations']").Click();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='translation-grid']").Count.ShouldBe(1));
        cut.FindAll("[data-testid^='translation-save-']").ShouldBeEmpty();
        cut.FindAll("[data-testid='language-add']").ShouldBeEmpty();

        cut.Find("[data-testid='tab-mappings']").Click();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='mappings-list']").Count.ShouldBe(1));
        cut.FindAll("[data-testid='mapping-add']").ShouldBeEmpty();
        cut.FindAll("[data-testid='mapping-remove-0']").ShouldBeEmpty();

        cut.Find("[data-testid='tab-history']").Click();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='history-list']").Count.ShouldBe(1));
    }

    [Fact]
    public void Curators_get_the_category_actions_and_the_edit_forms()
    {
        var cut = RenderPanel(Category(), canEdit: true);

        cut.Find("[data-testid='category-actions']").QuerySelectorAll("[data-testid]").Select(control => control.GetAttribute("data-testid"))
            .ShouldBe(["category-add-child", "category-move-up", "category-move-down", "category-move", "category-merge", "category-split", "category-deprecate"], ignoreOrder: true);
        cut.FindAll("[data-testid='details-save']").Count.ShouldBe(1);

        cut.Find("[data-testid='tab-translations']").Click();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='translation-save-es']").Count.ShouldBe(1));
        cut.FindAll("input[data-testid='language-add']").Count.ShouldBe(1);
    }

    [Fact]
    public void A_deprecated_category_says_what_replaced_it_and_cannot_be_edited()
    {
        var replacement = Node("HT-2", "Harassment");
        var category = Category(status: CategoryStatus.Deprecated) with
        {
            Deprecation = new Deprecation(DeprecationKind.MergedInto, [replacement.Id], "Same harm, two names."),
        };
        var cut = RenderPanel(category, canEdit: true, tree: new DraftTreeIndex([Node("HT-1", "Hate speech"), replacement]));

        var notice = cut.Find("[data-testid='category-deprecated']");
        notice.TextContent.ShouldContain("merged into another category");
        cut.Find("[data-testid='deprecation-replacement-HT-2']").TextContent.Trim().ShouldBe("HT-2 Harassment");
        cut.Find("[data-testid='deprecation-reason']").TextContent.ShouldContain("Same harm, two names.");
        cut.FindAll("[data-testid='details-save']").ShouldBeEmpty();
        cut.FindAll("[data-testid='category-add-child']").ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_selection_the_panel_says_what_to_do()
    {
        var cut = Render<CategoryPanel>(parameters => parameters
            .Add(panel => panel.Taxonomy, Summary("en"))
            .Add(panel => panel.Category, (DraftCategory?)null)
            .Add(panel => panel.Tree, new DraftTreeIndex(Generated(2)))
            .Add(panel => panel.Writes, writes.Writes));

        cut.Find("[data-testid='category-panel-empty']").TextContent.ShouldContain("Select a category in the tree");
    }

    private IRenderedComponent<CategoryPanel> RenderPanel(DraftCategory category, bool canEdit, DraftTreeIndex? tree = null) =>
        Render<CategoryPanel>(parameters => parameters
            .Add(panel => panel.Taxonomy, Summary("en", "es"))
            .Add(panel => panel.Category, category)
            .Add(panel => panel.Tree, tree ?? new DraftTreeIndex([Node(category.Notation, "Hate speech") with { Id = category.Id }]))
            .Add(panel => panel.References, [new ReferenceMatch("llama-guard-3", "Llama Guard 3", "S10", "Hate")])
            .Add(panel => panel.Timeline, [Entry("Added as HT-1 “Hate speech” (en)", Now.AddDays(-1), 2)])
            .Add(panel => panel.CanEdit, canEdit)
            .Add(panel => panel.Writes, writes.Writes));
}
