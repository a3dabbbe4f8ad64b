using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Governing;

public sealed class AcceptanceRuleCardTests : MudBunitContext
{
    private readonly DraftBuilder builder = new();
    private int published;

    private (IRenderedComponent<AcceptanceRuleCard> Card, IRenderedComponent<MudDialogProvider> Dialogs) RenderCard(bool canEdit = true)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("cora@example.org");
        auth.SetRoles(canEdit ? Roles.Curator : Roles.Researcher);
        Services.AddSingleton<ICurationDrafts>(new InMemoryCurationDrafts(builder.Draft));
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var card = Render<AcceptanceRuleCard>(parameters => parameters
            .Add(card => card.Taxonomy, builder.Summary())
            .Add(card => card.ExpectedVersion, builder.Draft.Version)
            .Add(card => card.CanEdit, canEdit)
            .Add(card => card.OnPublished, () => published++));
        return (card, dialogs);
    }

    [Fact]
    public void Until_curators_publish_one_the_default_rule_is_shown_as_default()
    {
        var (card, _) = RenderCard();

        card.Find("[data-testid='acceptance-rule']").TextContent
            .ShouldBe("Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");
        card.Find("[data-testid='acceptance-rule']").GetAttribute("data-default").ShouldBe("true");
        card.Find("[data-testid='acceptance-rule-default']").TextContent.ShouldBe("default");
    }

    [Fact]
    public void A_published_rule_is_shown_in_words_without_the_default_mark()
    {
        builder.Run(new PublishAcceptanceRule(0.55, 0.725, 12));

        var (card, _) = RenderCard();

        card.Find("[data-testid='acceptance-rule']").TextContent
            .ShouldBe("Group-informed consensus ≥ 0.55 and ≥ 72.5 % agreement in every opinion group with ≥ 12 members");
        card.FindAll("[data-testid='acceptance-rule-default']").ShouldBeEmpty();
    }

    [Fact]
    public void Only_curators_can_edit_the_rule() =>
        RenderCard(canEdit: false).Card.FindAll("[data-testid='edit-acceptance-rule']").ShouldBeEmpty();

    [Fact]
    public void Publishing_from_the_dialog_tells_the_page_to_reload()
    {
        var (card, dialogs) = RenderCard();

        card.Find("[data-testid='edit-acceptance-rule']").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("input[data-testid='acceptance-rule-group-size']"));
        dialogs.Find("input[data-testid='acceptance-rule-group-size']").Input("7");
        dialogs.Find("[data-testid='acceptance-rule-save']").Click();

        card.WaitForAssertion(() => published.ShouldBe(1));
        builder.Draft.AcceptanceRule!.MinGroupSize.ShouldBe(7);
    }
}
