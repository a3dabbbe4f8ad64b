using Bunit;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Translations;
using MudBlazor;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Translations;

public sealed class TranslationsTabTests : MudBunitContext
{
    private readonly FakeDraftWrites writes = new();

    public TranslationsTabTests()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    [Fact]
    public void A_translation_is_written_in_its_own_language()
    {
        var cut = RenderTab();

        cut.Find("input[data-testid='translation-label-es']").Change("Discurso de odio");
        cut.Find("[data-testid='translation-save-es']").Click();

        var text = writes.Sent.ShouldHaveSingleItem().ShouldBeOfType<WriteCategoryText>();
        (text.Language, text.Label).ShouldBe(("es", "Discurso de odio"));
        writes.Reloads.ShouldBe(1);
    }

    [Fact]
    public void A_refused_language_tag_shows_next_to_the_field()
    {
        writes.Answer(FakeDraftWrites.Refused("language", "'english' is not a BCP-47 language tag such as en, es or pt-BR."));
        var cut = RenderTab();

        cut.Find("input[data-testid='language-add']").Input("english");
        cut.Find("[data-testid='language-add-submit']").Click();

        writes.Sent.ShouldHaveSingleItem().ShouldBeOfType<AddTaxonomyLanguage>().Language.ShouldBe("english");
        cut.Find("input[data-testid='language-add']").Closest(".mud-input-control")!.TextContent.ShouldContain("is not a BCP-47 language tag");
    }

    private IRenderedComponent<TranslationsTab> RenderTab() =>
        Render<TranslationsTab>(parameters => parameters
            .Add(tab => tab.Category, Category())
            .Add(tab => tab.Languages, ["en", "es"])
            .Add(tab => tab.Editable, true)
            .Add(tab => tab.CanEdit, true)
            .Add(tab => tab.Writes, writes.Writes));
}
