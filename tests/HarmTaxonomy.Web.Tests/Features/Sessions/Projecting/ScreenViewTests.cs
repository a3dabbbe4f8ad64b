using System.Text;
using Bunit;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Projecting;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Projecting;

public sealed class ScreenViewTests : MudBunitContext
{
    private const string JoinLink = "https://harms.example/join/HARM42";

    private static ScreenItem Item(string text, int agree, int disagree, int pass) =>
        new(Guid.CreateVersion7(), text, ItemKind.Statement, new ItemTally(Guid.Empty, agree, disagree, pass));

    private static ScreenModel Model(params ScreenItem[] top) =>
        new("Naming harms", "HARM42", JoinLink, JoinQrCode.DataUri(JoinLink), SessionPhase.Voting, Presence: 37, Participants: 41, Votes: 1234, Items: 12, top);

    private IRenderedComponent<ScreenView> RenderScreen(ScreenModel model)
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<ScreenView>(parameters => parameters.Add(view => view.Model, model));
    }

    [Fact]
    public void The_screen_shows_the_join_code_and_link_as_text_and_as_a_qr_code()
    {
        var cut = RenderScreen(Model());

        cut.Find("[data-testid='screen-join-code']").TextContent.ShouldBe("HARM42");
        cut.Find("[data-testid='screen-join-link']").TextContent.ShouldBe(JoinLink);
        var qr = cut.Find("[data-testid='screen-qr']");
        qr.TagName.ShouldBe("IMG");
        qr.GetAttribute("src")!.ShouldStartWith(JoinQrCode.DataUriPrefix);
        qr.GetAttribute("alt")!.ShouldContain(JoinLink);
    }

    [Fact]
    public void The_screen_counts_who_is_here_the_votes_and_the_items()
    {
        var cut = RenderScreen(Model());

        cut.Find("[data-testid='screen-presence']").TextContent.ShouldBe("37");
        cut.Find("[data-testid='screen-votes']").TextContent.ShouldBe("1,234");
        cut.Find("[data-testid='screen-items']").TextContent.ShouldBe("12");
    }

    [Fact]
    public void The_phase_timer_counts_down_on_the_screen_only_when_one_is_set()
    {
        var cut = RenderScreen(Model());
        cut.FindAll("[data-testid='phase-timer']").ShouldBeEmpty();

        cut.Render(parameters => parameters.Add(view => view.Model, Model() with { TimerEndsAt = DateTimeOffset.UtcNow.AddMinutes(5) }));

        cut.Find("[data-testid='phase-timer']").GetAttribute("data-expired").ShouldBe("false");
        cut.Find("[data-testid='phase-timer']").TextContent.ShouldContain("0");
    }

    [Fact]
    public void The_top_items_come_in_order_with_their_numbers()
    {
        var best = Item("Voice clones deserve a category", 9, 1, 0);
        var second = Item("Deepfakes of private people are different", 5, 3, 2);

        var cut = RenderScreen(Model(best, second));

        var items = cut.FindAll("[data-testid='screen-top-item']");
        items.Select(item => item.GetAttribute("data-item-id")).ShouldBe([best.Id.ToString(), second.Id.ToString()]);
        items[0].QuerySelector("[data-testid='screen-tally-numbers']")!.TextContent.ShouldBe("9 agree · 1 disagree · 0 pass");
    }

    [Fact]
    public void Before_any_vote_the_screen_invites_people_to_scan_and_vote()
    {
        var cut = RenderScreen(Model());

        cut.Find("[data-testid='screen-top-empty']").TextContent.ShouldContain("Scan the code and vote");
    }

    [Fact]
    public void The_qr_code_is_an_svg_image()
    {
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(JoinQrCode.DataUri(JoinLink)[JoinQrCode.DataUriPrefix.Length..]));

        svg.ShouldContain("<svg");
        svg.ShouldContain("viewBox");
    }
}
