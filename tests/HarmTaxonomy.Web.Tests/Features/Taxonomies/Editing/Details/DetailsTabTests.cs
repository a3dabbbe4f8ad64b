using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Details;
using MudBlazor;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Details;

public sealed class DetailsTabTests : MudBunitContext
{
    private readonly FakeDraftWrites writes = new();
    private readonly DraftCategory category = Category();

    public DetailsTabTests()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    [Fact]
    public void Saving_sends_only_the_commands_for_what_changed()
    {
        var cut = RenderDetails();

        cut.Find("input[data-testid='details-label']").Change("Hateful speech");
        cut.Find("input[data-testid='category-notation']").Change("HT-9");
        cut.Find("[data-testid='details-save']").Click();

        writes.Sent.Count.ShouldBe(2);
        var text = writes.Sent[0].ShouldBeOfType<WriteCategoryText>();
        (text.Language, text.Label, text.Definition).ShouldBe(("en", "Hateful speech", "Attacks on people for who they are."));
        writes.Sent[1].ShouldBeOfType<RenumberCategory>().Notation.ShouldBe("HT-9");
        writes.Reloads.ShouldBe(1);
    }

    [Fact]
    public void Examples_alternative_labels_and_modalities_are_saved_with_their_own_commands()
    {
        var cut = RenderDetails();

        cut.Find("textarea[data-testid='details-examples']").Change("A slur in a post\n\n  A dehumanising meme  ");
        cut.Find("[data-testid='details-modality-image']").Click();
        cut.Find("[data-testid='details-save']").Click();

        var details = writes.Sent[0].ShouldBeOfType<ReviseCategoryDetails>();
        details.Examples.ShouldBe(["A slur in a post", "A dehumanising meme"]);
        details.AltLabels.ShouldBeEmpty();
        writes.Sent[1].ShouldBeOfType<SetCategoryModalities>().Modalities.ShouldBe([Modality.Text, Modality.Image], ignoreOrder: true);
    }

    [Fact]
    public void Saving_without_changes_sends_nothing()
    {
        var cut = RenderDetails();

        cut.Find("[data-testid='details-save']").Click();

        writes.Sent.ShouldBeEmpty();
    }

    [Fact]
    public void A_refusal_shows_its_message_under_the_field_it_names()
    {
        writes.Answer(FakeDraftWrites.Refused("label", "Keep the label to 120 characters (this has 130)."));
        var cut = RenderDetails();

        cut.Find("input[data-testid='details-label']").Change(new string('x', 130));
        cut.Find("[data-testid='details-save']").Click();

        var labelField = cut.Find("input[data-testid='details-label']").Closest(".mud-input-control")!;
        labelField.ClassList.ShouldContain("mud-input-error");
        labelField.TextContent.ShouldContain("Keep the label to 120 characters (this has 130).");
        cut.Find("input[data-testid='category-notation']").Closest(".mud-input-control")!.ClassList.ShouldNotContain("mud-input-error");
        writes.Reloads.ShouldBe(0);
    }

    [Fact]
    public void A_stale_draft_lists_the_other_change_and_keeps_the_typing_through_the_reload()
    {
        writes.Answer(FakeDraftWrites.Stale(Entry("Definition or scope note revised in en", Now, 8)));
        var cut = RenderDetails();

        cut.Find("input[data-testid='details-label']").Change("Hateful speech");
        cut.Find("[data-testid='details-save']").Click();

        cut.Find("[data-testid='stale-draft-changes']").TextContent.ShouldContain("Ana: Definition or scope note revised in en");
        cut.Find("input[data-testid='details-label']").GetAttribute("value").ShouldBe("Hateful speech");

        cut.Find("[data-testid='stale-draft-reload']").Click();
        writes.Reloads.ShouldBe(1);
        // What the page does on reload: the panel gets the newer draft, with the other person's definition.
        var newer = category with { Definitions = new Dictionary<string, string> { ["en"] = "Their newer definition." } };
        cut.Render(parameters => parameters.Add(tab => tab.Category, newer));

        cut.FindAll("[data-testid='stale-draft-notice']").ShouldBeEmpty();
        cut.Find("input[data-testid='details-label']").GetAttribute("value").ShouldBe("Hateful speech");
        cut.Find("textarea[data-testid='details-definition']").TextContent.ShouldBe("Their newer definition.");

        cut.Find("[data-testid='details-save']").Click();

        var retried = writes.Sent[^1].ShouldBeOfType<WriteCategoryText>();
        (retried.Label, retried.Definition).ShouldBe(("Hateful speech", "Their newer definition."));
    }

    [Fact]
    public void Read_only_details_have_no_save_and_cannot_be_typed_in()
    {
        var cut = RenderDetails(editable: false);

        cut.FindAll("[data-testid='details-save']").ShouldBeEmpty();
        cut.FindAll("[data-testid='details-reason']").ShouldBeEmpty();
        cut.Find("input[data-testid='details-label']").HasAttribute("readonly").ShouldBeTrue();
        cut.Find("textarea[data-testid='details-definition']").HasAttribute("readonly").ShouldBeTrue();
    }

    private IRenderedComponent<DetailsTab> RenderDetails(bool editable = true) =>
        Render<DetailsTab>(parameters => parameters
            .Add(tab => tab.Category, category)
            .Add(tab => tab.Language, "en")
            .Add(tab => tab.Editable, editable)
            .Add(tab => tab.Writes, writes.Writes));
}
