using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

public sealed class ProposalFormTests
{
    private static readonly DraftTreeNode Hate = new() { Id = Guid.CreateVersion7(), Notation = "HT-1", Labels = new Dictionary<string, string> { ["en"] = "Hate" } };

    [Fact]
    public void An_added_category_sends_its_name_definition_examples_modalities_and_parent()
    {
        var form = new ProposalForm
        {
            Name = "Voice cloning",
            Definition = "Synthetic voices of real people.",
            Examples = "A cloned grandchild asking for money\n\n  A fake CEO call  ",
            Modalities = ["audio"],
            Parent = Hate,
            Category = Hate,
        };

        var input = form.ToInput();

        input.Kind.ShouldBe("add");
        input.Name.ShouldBe("Voice cloning");
        input.Examples.ShouldBe(["A cloned grandchild asking for money", "A fake CEO call"]);
        input.Modalities.ShouldBe(["audio"]);
        input.ParentId.ShouldBe(Hate.Id);
        input.CategoryId.ShouldBeNull();
    }

    [Fact]
    public void A_split_sends_the_category_and_the_new_names_only()
    {
        var form = new ProposalForm { Kind = ProposalKind.Split, Name = "left over", Category = Hate, SplitInto = "Hate speech\nHateful imagery" };

        var input = form.ToInput();

        input.Kind.ShouldBe("split");
        input.CategoryId.ShouldBe(Hate.Id);
        input.SplitInto.ShouldBe(["Hate speech", "Hateful imagery"]);
        input.Name.ShouldBeNull();
        input.Modalities.ShouldBeNull();
    }

    [Theory]
    [InlineData("label", "name")]
    [InlineData("into", "splitInto")]
    [InlineData("reason", "rationale")]
    [InlineData("categoryId", "categoryId")]
    public void Refusals_are_placed_by_the_forms_own_field_names(string refused, string field) =>
        ProposalForm.FieldOf(refused).ShouldBe(field);
}
