using Bunit;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CategoryTextsTests : MudBunitContext
{
    [Fact]
    public void Labels_in_every_language_are_a_table_and_a_missing_translation_says_so()
    {
        var category = Releases.Category("HT-1", "Hate", spanish: "Odio") with
        {
            AltLabels = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Hate speech", "Bigotry"] },
            ScopeNotes = new Dictionary<string, string> { ["en"] = "Not insults without a protected trait." },
            Examples = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["A slur in a reply"] },
        };

        var cut = Render<CategoryTexts>(parameters => parameters.Add(p => p.Category, category).Add(p => p.Languages, ["en", "es", "fr"]));

        cut.Find("[data-testid='category-label-en']").TextContent.ShouldContain("Hate speech, Bigotry");
        cut.Find("[data-testid='category-label-es']").TextContent.ShouldContain("Odio");
        cut.Find("[data-testid='category-label-fr']").TextContent.ShouldContain("Not translated");
        cut.Find("[data-testid='category-definition-en']").TextContent.ShouldBe("What Hate means.");
        cut.Find("[data-testid='category-scope-en']").TextContent.ShouldBe("Not insults without a protected trait.");
        cut.Find("[data-testid='category-examples-en']").TextContent.ShouldContain("A slur in a reply");
        cut.FindAll("[data-testid='category-texts-fr']").ShouldBeEmpty();
    }
}
