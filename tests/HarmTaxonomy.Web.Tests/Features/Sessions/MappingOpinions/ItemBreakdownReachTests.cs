using Bunit;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Facilitating;
using HarmTaxonomy.Web.Features.Sessions.Facilitating.Moderating;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

/// <summary>"How groups see it" opens from each item, on the facilitator's console and in the participant's list.</summary>
public sealed class ItemBreakdownReachTests : MudBunitContext
{
    private static readonly Domain.Analysis.OpinionAnalysis Analysis = TwoCamps();

    public ItemBreakdownReachTests() => Render<MudBlazor.MudPopoverProvider>();

    [Fact]
    public void The_console_opens_an_item_s_breakdown_from_its_row()
    {
        var item = new ConsoleItem { Id = Item(1), Kind = ItemKind.Statement, Text = TextOf(1) };
        var cut = Render<ModerationQueue>(parameters => parameters
            .Add(queue => queue.Items, [item, new ConsoleItem { Id = Item(2), Kind = ItemKind.Statement, Text = TextOf(2) }])
            .Add(queue => queue.Analysis, Analysis));
        cut.FindAll("[data-testid='item-agreement']").ShouldBeEmpty();

        cut.Find($"[data-testid='item-agreement-toggle'][data-item-id='{Item(1)}']").Click();

        cut.Find("[data-testid='item-agreement']").GetAttribute("data-item-id").ShouldBe(Item(1).ToString());
        cut.FindAll("[data-testid='item-agreement-row'][data-kind='group']").Count.ShouldBe(2);
    }

    [Fact]
    public void A_participant_opens_how_groups_see_an_item_from_the_list()
    {
        var view = new ItemView(Item(3), ItemKind.Statement, TextOf(3), "Fran", false, ModerationState.Accepted, null, new ItemTally(Item(3), 10, 10, 0), VoteValue.Agree, null, []);
        var cut = Render<ItemList>(parameters => parameters
            .Add(list => list.Items, [view])
            .Add(list => list.Post, _ => Task.CompletedTask)
            .Add(list => list.Analysis, Analysis));

        var toggle = cut.Find("[data-testid='item-agreement-toggle']");
        toggle.TextContent.ShouldContain("How groups see it");
        toggle.Click();

        cut.Find("[data-testid='item-agreement']").GetAttribute("data-item-id").ShouldBe(Item(3).ToString());
        cut.Find("[data-testid='item-agreement-toggle']").GetAttribute("aria-expanded").ShouldBe("true");
    }
}
