using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Details;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Details;

public sealed class DetailsFormTests
{
    [Fact]
    public void Rebasing_keeps_the_fields_the_person_changed_and_takes_the_others_from_the_newer_draft()
    {
        var category = Category();
        var before = DetailsForm.From(category, "en");
        var typed = DetailsForm.From(category, "en");
        typed.Label = "My label";
        var newer = DetailsForm.From(category with { Definitions = new Dictionary<string, string> { ["en"] = "Their definition" } }, "en");

        var rebased = typed.Rebase(before, newer);

        (rebased.Label, rebased.Definition).ShouldBe(("My label", "Their definition"));
    }

    [Fact]
    public void Whitespace_around_a_field_is_not_a_change()
    {
        var category = Category();
        var form = DetailsForm.From(category, "en");
        form.Label += "  ";
        form.Examples = "\n\n";

        form.Changes(category, "en", reason: null).ShouldBeEmpty();
    }

    [Fact]
    public void The_reason_goes_with_every_command()
    {
        var category = Category();
        var form = DetailsForm.From(category, "en");
        form.Definition = "A new definition.";

        form.Changes(category, "en", "Agreed in session 4").ShouldHaveSingleItem().ShouldBeOfType<WriteCategoryText>().Reason.ShouldBe("Agreed in session 4");
    }
}
