using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Projecting;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Projecting;

public sealed class ProjectorPageTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_facilitator_puts_the_join_code_link_and_qr_code_on_the_screen()
    {
        var (_, code) = await OpenSessions.OpenAsync(app, SessionPhase.Voting, ["Voice clones deserve a category of their own."]);
        var form = FormClient.For(app);
        var facilitator = await TestAccounts.CreateAsync(app.Services, Roles.Facilitator);
        await form.SignInAsync(facilitator.Email!);

        var screen = await form.GetPageAsync($"/sessions/{code}/screen");

        screen.TextOf("screen-join-code").ShouldBe(code);
        screen.TextOf("screen-join-link").ShouldBe($"http://localhost/join/{code}");
        screen.QuerySelector("[data-testid='screen-qr']")!.GetAttribute("src")!.ShouldStartWith(JoinQrCode.DataUriPrefix);
        screen.TextOf("screen-items").ShouldBe("1");
        screen.TextOf("screen-votes").ShouldBe("0");
    }
}
