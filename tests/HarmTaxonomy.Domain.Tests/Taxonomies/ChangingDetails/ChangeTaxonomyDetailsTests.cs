using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ChangingDetails;

public sealed class ChangeTaxonomyDetailsTests
{
    [Fact]
    public void New_details_are_recorded_and_the_draft_takes_them()
    {
        var scenario = Given(Created());

        var changed = scenario.WhenApplied(new ChangeTaxonomyDetails("Open harms 2", "Wider scope.", "CC0-1.0", "Broader remit"))
            .ThenSingle<TaxonomyDetailsChanged>();

        changed.Title.ShouldBe("Open harms 2");
        changed.Reason.ShouldBe("Broader remit");
        scenario.Draft.Title.ShouldBe("Open harms 2");
        scenario.Draft.Description.ShouldBe("Wider scope.");
        scenario.Draft.Licence.ShouldBe("CC0-1.0");
        scenario.Draft.Slug.ShouldBe("open-harms");
    }

    [Fact]
    public void The_same_details_again_record_nothing() =>
        Given(Created()).When(new ChangeTaxonomyDetails(" Open harms ", "A small taxonomy used in tests.", null)).ThenNothing();

    [Fact]
    public void An_empty_title_is_refused() =>
        Given(Created()).WhenRefused(new ChangeTaxonomyDetails(" ", "", null)).ThenBreaks("title");

    [Fact]
    public void A_malformed_licence_is_refused() =>
        Given(Created()).WhenRefused(new ChangeTaxonomyDetails("Open harms", "", "CC BY")).ThenBreaks("licence");

    [Fact]
    public void A_reason_longer_than_two_thousand_characters_is_refused() =>
        Given(Created()).WhenRefused(new ChangeTaxonomyDetails("Other", "", null, new string('r', 2_001))).ThenBreaks("reason");
}
