using System.Text;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ImportingFromPolis;

/// <summary>A session imported from Polis, without a taxonomy, on the facilitator screens as the server first renders them.</summary>
public sealed class ImportedSessionScreensTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task The_console_says_there_is_no_taxonomy_and_offers_the_polis_export()
    {
        var (facilitator, form) = await SignInAsync(Roles.Facilitator);
        var sessionId = await ImportAsync(facilitator);

        var page = await form.GetPageAsync($"/facilitate/{sessionId}");

        page.TextOf("console-no-taxonomy").ShouldBe("No taxonomy");
        page.Has("console-taxonomy").ShouldBeFalse();
        page.Has("console-closed").ShouldBeTrue();
        var download = page.QuerySelector("[data-testid='download-polis-export']")!;
        download.GetAttribute("href").ShouldBe($"/api/v1/sessions/{sessionId}/export/polis.zip");
        download.HasAttribute("download").ShouldBeTrue("a download, which Blazor's navigation leaves to the browser");
        page.Has("seed-text").ShouldBeFalse();
    }

    [Fact]
    public async Task The_list_shows_the_imported_session_without_a_taxonomy_and_the_import_button()
    {
        var (facilitator, form) = await SignInAsync(Roles.Facilitator);
        var sessionId = await ImportAsync(facilitator);

        var page = await form.GetPageAsync("/facilitate");

        var row = page.QuerySelector($"[data-testid='sessions-mine'] [data-session-id='{sessionId}']")!.Closest("tr")!;
        row.TextContent.ShouldContain("No taxonomy");
        row.QuerySelector("[data-testid='session-phase']").ShouldNotBeNull();
        page.Has("import-polis").ShouldBeTrue();
    }

    [Fact]
    public async Task Someone_who_only_follows_the_session_is_not_offered_the_export()
    {
        var (owner, _) = await SignInAsync(Roles.Facilitator);
        var sessionId = await ImportAsync(owner);
        var (_, otherForm) = await SignInAsync(Roles.Facilitator);

        var page = await otherForm.GetPageAsync($"/facilitate/{sessionId}");

        page.Has("download-polis-export").ShouldBeFalse();
    }

    private async Task<Guid> ImportAsync(AppUser by)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PolisImporter>().ImportAsync(
            [
                new PolisUpload("comments.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(PolisUploadForms.Comments))),
                new PolisUpload("votes.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(PolisUploadForms.Votes))),
            ],
            null,
            "From Polis",
            SessionActor.Account(by.Id, "Fran"),
            default);
    }

    private async Task<(AppUser User, FormClient Form)> SignInAsync(string role)
    {
        var user = await TestAccounts.CreateAsync(app.Services, role);
        var form = FormClient.For(app);
        await form.SignInAsync(user.Email!);
        return (user, form);
    }
}

