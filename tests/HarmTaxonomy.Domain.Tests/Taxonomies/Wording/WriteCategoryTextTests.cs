using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Wording;

public sealed class WriteCategoryTextTests
{
    [Fact]
    public void Writing_in_a_language_the_category_lacks_translates_it()
    {
        var scenario = Given(SmallTree("en", "es"));

        var translated = scenario.WhenApplied(new WriteCategoryText(Privacy, "es", "Privacidad", "Datos personales.", "Sin datos públicos."))
            .ThenSingle<CategoryTranslated>();

        translated.Language.ShouldBe("es");
        translated.Label.ShouldBe("Privacidad");
        var category = scenario.Category(Privacy);
        category.Labels.ShouldContainKeyAndValue("es", "Privacidad");
        category.Labels.ShouldContainKeyAndValue("en", "Privacy");
        category.Definitions.ShouldContainKeyAndValue("es", "Datos personales.");
        category.ScopeNotes.ShouldContainKeyAndValue("es", "Sin datos públicos.");
    }

    [Fact]
    public void A_changed_label_is_a_rename()
    {
        var scenario = Given(SmallTree());

        var renamed = scenario.WhenApplied(new WriteCategoryText(Privacy, "en", "Privacy violations", null, null, "Clearer"))
            .ThenSingle<CategoryRenamed>();

        renamed.Label.ShouldBe("Privacy violations");
        renamed.Reason.ShouldBe("Clearer");
        scenario.Category(Privacy).Labels["en"].ShouldBe("Privacy violations");
    }

    [Fact]
    public void A_changed_definition_is_a_redefinition()
    {
        var scenario = Given(SmallTree());

        var redefined = scenario.WhenApplied(new WriteCategoryText(Privacy, "en", "Privacy", "Exposing personal data.", null))
            .ThenSingle<CategoryRedefined>();

        redefined.Definition.ShouldBe("Exposing personal data.");
        scenario.Category(Privacy).Definitions["en"].ShouldBe("Exposing personal data.");
    }

    [Fact]
    public void A_changed_scope_note_is_a_redefinition_that_keeps_the_definition()
    {
        var redefined = Given(SmallTree()).When(new WriteCategoryText(Privacy, "en", "Privacy", null, "Not public figures."))
            .ThenSingle<CategoryRedefined>();

        redefined.Definition.ShouldBe("Definition of Privacy.");
        redefined.ScopeNote.ShouldBe("Not public figures.");
    }

    [Fact]
    public void A_changed_label_and_definition_are_two_events()
    {
        var events = Given(SmallTree()).When(new WriteCategoryText(Privacy, "en", "Privacy harms", "Exposing personal data.", null));

        events.Count.ShouldBe(2);
        events[0].ShouldBeOfType<CategoryRenamed>().Label.ShouldBe("Privacy harms");
        events[1].ShouldBeOfType<CategoryRedefined>().Definition.ShouldBe("Exposing personal data.");
    }

    [Fact]
    public void The_same_text_again_records_nothing() =>
        Given(SmallTree()).When(new WriteCategoryText(Privacy, "en", " Privacy ", "Definition of Privacy.", null)).ThenNothing();

    [Fact]
    public void A_null_definition_leaves_the_definition_as_it_is()
    {
        var scenario = Given(SmallTree());

        scenario.And(new WriteCategoryText(Privacy, "en", "Privacy harms", null, null));

        scenario.Category(Privacy).Definitions["en"].ShouldBe("Definition of Privacy.");
    }

    [Fact]
    public void An_empty_definition_clears_it()
    {
        var scenario = Given(SmallTree());

        scenario.WhenApplied(new WriteCategoryText(Privacy, "en", "Privacy", "", null)).ThenSingle<CategoryRedefined>().Definition.ShouldBe("");

        scenario.Category(Privacy).Definitions.ShouldNotContainKey("en");
    }

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new WriteCategoryText(Id(99), "en", "Ghost", null, null)).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);

    [Fact]
    public void A_language_the_taxonomy_lacks_is_refused() =>
        Given(SmallTree("en")).WhenRefused(new WriteCategoryText(Privacy, "es", "Privacidad", null, null)).ThenBreaks("language");

    [Fact]
    public void An_empty_label_is_refused() =>
        Given(SmallTree()).WhenRefused(new WriteCategoryText(Privacy, "en", " ", null, null)).ThenBreaks("label");

    [Fact]
    public void A_scope_note_longer_than_ten_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(new WriteCategoryText(Privacy, "en", "Privacy", null, new string('s', 10_001))).ThenBreaks("scopeNote");
}
