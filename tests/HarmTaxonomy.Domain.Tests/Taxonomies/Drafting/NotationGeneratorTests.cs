using HarmTaxonomy.Domain.Taxonomies.Drafting;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Drafting;

public sealed class NotationGeneratorTests
{
    [Fact]
    public void The_first_top_level_category_is_HT_1() => NotationGenerator.Next(Given(Created()).Draft, null).ShouldBe("HT-1");

    [Fact]
    public void The_next_notation_follows_the_number_of_siblings()
    {
        var draft = Given(SmallTree()).Draft;

        NotationGenerator.Next(draft, null).ShouldBe("HT-4");
        NotationGenerator.Next(draft, Violence).ShouldBe("HT-1.3");
        NotationGenerator.Next(draft, Threats).ShouldBe("HT-1.1.1");
    }

    [Fact]
    public void Reserved_and_taken_notations_are_skipped()
    {
        var draft = Given([.. SmallTree(), Added(Id(10), "ht-5", "Taken", position: 3)]).Draft;

        NotationGenerator.Next(draft, null).ShouldBe("HT-6");
        NotationGenerator.Next(draft, null, new HashSet<string>(["HT-6"], StringComparer.OrdinalIgnoreCase)).ShouldBe("HT-7");
    }
}
