using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Web.Features.Taxonomies.Listing;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Listing;

public sealed class CreateTaxonomyDialogTests : MudBunitContext
{
    private readonly List<CreateTaxonomy> sent = [];
    private WriteResult answer = FakeDraftWrites.Done();

    [Fact]
    public async Task The_slug_follows_the_title_until_it_is_edited()
    {
        var cut = await OpenAsync();

        cut.Find("input[data-testid='taxonomy-title']").Input("Online Harms to Youth");
        cut.WaitForAssertion(() => cut.Find("input[data-testid='taxonomy-slug']").GetAttribute("value").ShouldBe("online-harms-to-youth"));

        cut.Find("input[data-testid='taxonomy-slug']").Input("youth");
        cut.Find("input[data-testid='taxonomy-title']").Input("Online Harms to Young People");

        cut.WaitForAssertion(() => cut.Find("input[data-testid='taxonomy-slug']").GetAttribute("value").ShouldBe("youth"));
    }

    [Fact]
    public async Task Submitting_sends_the_languages_in_order_with_the_default_licence()
    {
        var cut = await OpenAsync();

        cut.Find("input[data-testid='taxonomy-title']").Input("Youth harms");
        cut.Find("input[data-testid='taxonomy-languages']").Input("es, en");
        cut.Find("[data-testid='taxonomy-create-submit']").Click();

        var command = sent.ShouldHaveSingleItem();
        (command.Title, command.Slug, command.Licence).ShouldBe(("Youth harms", "youth-harms", "CC-BY-4.0"));
        command.Languages.ShouldBe(["es", "en"]);
    }

    [Fact]
    public async Task A_taken_slug_shows_next_to_the_slug_field_and_the_dialog_stays_open()
    {
        answer = FakeDraftWrites.Refused("slug", "The slug 'youth-harms' is already taken; choose another.");
        var cut = await OpenAsync();

        cut.Find("input[data-testid='taxonomy-title']").Input("Youth harms");
        cut.Find("[data-testid='taxonomy-create-submit']").Click();

        cut.WaitForAssertion(() => cut.Find("input[data-testid='taxonomy-slug']").Closest(".mud-input-control")!.TextContent
            .ShouldContain("is already taken; choose another."));
        cut.FindAll("[data-testid='taxonomy-create-dialog']").Count.ShouldBe(1);
        cut.Find("input[data-testid='taxonomy-title']").Closest(".mud-input-control")!.ClassList.ShouldNotContain("mud-input-error");
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<CreateTaxonomyDialog>
        {
            {
                dialog => dialog.Create, command =>
                {
                    sent.Add(command);
                    return Task.FromResult(answer);
                }
            },
        };
        await provider.InvokeAsync(() => dialogs.ShowAsync<CreateTaxonomyDialog>("New taxonomy", parameters));
        return provider;
    }
}
