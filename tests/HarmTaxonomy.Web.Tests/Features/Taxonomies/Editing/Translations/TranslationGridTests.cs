using Bunit;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Translations;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Translations;

public sealed class TranslationGridTests : MudBunitContext
{
    [Fact]
    public void Languages_stand_side_by_side_and_the_missing_ones_are_flagged()
    {
        var category = Category() with
        {
            Labels = new Dictionary<string, string> { ["en"] = "Hate speech", ["es"] = "Discurso de odio" },
            Definitions = new Dictionary<string, string> { ["en"] = "Attacks on *identity*." },
        };

        var cut = Render<TranslationGrid>(parameters => parameters
            .Add(grid => grid.Category, category)
            .Add(grid => grid.Languages, ["en", "es", "pt-BR"]));

        cut.FindAll("thead th[data-testid^='translation-column-']").Select(column => column.GetAttribute("data-testid"))
            .ShouldBe(["translation-column-en", "translation-column-es", "translation-column-pt-BR"]);
        cut.FindAll("[data-testid^='translation-missing-']").Select(chip => chip.GetAttribute("data-testid")).ShouldBe(["translation-missing-pt-BR"]);
        cut.Find("[data-testid='translation-cell-label-es']").TextContent.Trim().ShouldBe("Discurso de odio");
        cut.Find("[data-testid='translation-cell-definition-en'] em").TextContent.ShouldBe("identity");
        cut.Find("[data-testid='translation-cell-definition-es']").TextContent.ShouldContain("not yet translated");
        cut.Find("[data-testid='translation-cell-scopenote-es']").TextContent.Trim().ShouldBeEmpty();
    }
}
