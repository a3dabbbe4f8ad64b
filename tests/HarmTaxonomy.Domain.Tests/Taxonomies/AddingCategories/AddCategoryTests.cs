using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.AddingCategories;

public sealed class AddCategoryTests
{
    private static AddCategory Add(
        Guid id, string? label = "Hate", Guid? parent = null, string? notation = null, string? language = null,
        string? definition = "Content that attacks people for who they are.", IReadOnlyList<string>? modalities = null) =>
        new(id, language, label, definition, parent, modalities ?? [Modality.Text], Notation: notation);

    [Fact]
    public void A_category_is_added_in_the_source_language_with_who_when_and_why()
    {
        var scenario = Given(Created("en", "es"));

        var added = scenario.When(new AddCategory(Id(10), null, " Hate ", " Attacks on people. ", null, ["text"], "Use for slurs.", Reason: "Missing"))
            .ThenSingle<CategoryAdded>();

        added.TaxonomyId.ShouldBe(TaxonomyId);
        added.CategoryId.ShouldBe(Id(10));
        added.Language.ShouldBe("en");
        added.Label.ShouldBe("Hate");
        added.Definition.ShouldBe("Attacks on people.");
        added.ScopeNote.ShouldBe("Use for slurs.");
        added.ParentId.ShouldBeNull();
        added.By.ShouldBe(Curator);
        added.At.ShouldBe(scenario.Now);
        added.Reason.ShouldBe("Missing");
    }

    [Fact]
    public void Notations_are_generated_from_the_place_in_the_tree()
    {
        var scenario = Given(Created());

        scenario.And(Add(Id(10))).And(Add(Id(11))).And(Add(Id(12), parent: Id(10))).And(Add(Id(13), parent: Id(10)));

        scenario.Category(Id(10)).Notation.ShouldBe("HT-1");
        scenario.Category(Id(11)).Notation.ShouldBe("HT-2");
        scenario.Category(Id(12)).Notation.ShouldBe("HT-1.1");
        scenario.Category(Id(13)).Notation.ShouldBe("HT-1.2");
    }

    [Fact]
    public void A_generated_notation_skips_one_already_taken_whatever_its_case() =>
        Given(Added(Id(10), "ht-2", "Taken by hand"))
            .When(Add(Id(11))).ThenSingle<CategoryAdded>().Notation.ShouldBe("HT-3");

    [Fact]
    public void A_child_of_a_category_with_its_own_notation_extends_that_notation() =>
        Given(Added(Id(10), "VIO", "Violence"))
            .When(Add(Id(11), parent: Id(10))).ThenSingle<CategoryAdded>().Notation.ShouldBe("VIO.1");

    [Fact]
    public void An_explicit_notation_is_kept() =>
        Given(SmallTree()).When(Add(Id(10), notation: " S10 ")).ThenSingle<CategoryAdded>().Notation.ShouldBe("S10");

    [Theory]
    [InlineData("HT-1")]
    [InlineData("ht-1.1")]
    public void A_notation_in_use_is_refused_whatever_its_case(string notation) =>
        Given(SmallTree()).WhenRefused(Add(Id(10), notation: notation)).ThenBreaks("notation", TaxonomyRuleKind.Invalid);

    [Theory]
    [InlineData("HT 4")]
    [InlineData(".HT")]
    [InlineData("HT/4")]
    public void A_malformed_notation_is_refused(string notation) =>
        Given(SmallTree()).WhenRefused(Add(Id(10), notation: notation)).ThenBreaks("notation");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_label_is_required(string? label) =>
        Given(SmallTree()).WhenRefused(Add(Id(10), label: label)).ThenBreaks("label");

    [Fact]
    public void A_label_of_more_than_120_characters_is_refused()
    {
        Given(SmallTree()).When(Add(Id(10), label: new string('l', 120))).ThenSingle<CategoryAdded>();

        Given(SmallTree()).WhenRefused(Add(Id(10), label: new string('l', 121))).ThenBreaks("label").Message.ShouldContain("120");
    }

    [Fact]
    public void A_definition_of_more_than_ten_thousand_characters_is_refused()
    {
        Given(SmallTree()).When(Add(Id(10), definition: new string('d', 10_000))).ThenSingle<CategoryAdded>();

        Given(SmallTree()).WhenRefused(Add(Id(10), definition: new string('d', 10_001))).ThenBreaks("definition");
    }

    [Fact]
    public void A_missing_definition_is_recorded_as_empty() =>
        Given(SmallTree()).When(Add(Id(10), definition: null)).ThenSingle<CategoryAdded>().Definition.ShouldBe("");

    [Fact]
    public void A_parent_that_is_not_in_the_taxonomy_is_refused() =>
        Given(SmallTree()).WhenRefused(Add(Id(10), parent: Id(99))).ThenBreaks("parentId");

    [Fact]
    public void A_deprecated_parent_cannot_take_children() =>
        Given([.. SmallTree(), new CategoryDeprecated(TaxonomyId, Fraud, [], Curator, Now, "Out of scope")])
            .WhenRefused(Add(Id(10), parent: Fraud)).ThenBreaks("parentId").Message.ShouldContain("HT-3");

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public void A_language_the_taxonomy_does_not_have_is_refused(string language) =>
        Given(SmallTree("en", "es")).WhenRefused(Add(Id(10), language: language)).ThenBreaks("language").Message.ShouldContain("en, es");

    [Fact]
    public void A_category_may_be_written_first_in_another_of_the_taxonomy_languages() =>
        Given(SmallTree("en", "es")).When(Add(Id(10), label: "Odio", language: "es")).ThenSingle<CategoryAdded>().Language.ShouldBe("es");

    [Fact]
    public void An_unknown_modality_is_refused() =>
        Given(SmallTree()).WhenRefused(Add(Id(10), modalities: ["text", "smell"])).ThenBreaks("modalities").Message.ShouldContain("smell");

    [Fact]
    public void Modalities_are_kept_once_each_in_canonical_order() =>
        Given(SmallTree()).When(Add(Id(10), modalities: ["video", "text", "video"]))
            .ThenSingle<CategoryAdded>().Modalities.ShouldBe(["text", "video"]);

    [Fact]
    public void An_id_already_in_the_draft_is_refused() =>
        Given(SmallTree()).WhenRefused(Add(Privacy)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);

    [Fact]
    public void New_categories_go_after_their_siblings()
    {
        var scenario = Given(SmallTree());

        scenario.WhenApplied(Add(Id(10))).ThenSingle<CategoryAdded>().Position.ShouldBe(3);
        scenario.WhenApplied(Add(Id(11))).ThenSingle<CategoryAdded>().Position.ShouldBe(4);
        scenario.WhenApplied(Add(Id(12), parent: Violence)).ThenSingle<CategoryAdded>().Position.ShouldBe(2);
        scenario.WhenApplied(Add(Id(13), parent: Privacy)).ThenSingle<CategoryAdded>().Position.ShouldBe(0);

        scenario.ChildrenOf(null).ShouldBe([Violence, Privacy, Fraud, Id(10), Id(11)]);
        scenario.ChildrenOf(Violence).ShouldBe([Threats, Incitement, Id(12)]);
    }

    [Fact]
    public void The_draft_holds_the_added_category_as_active()
    {
        var scenario = Given(SmallTree());

        scenario.And(new AddCategory(Id(10), "en", "Hate", "Attacks.", Violence, ["image", "text"], "Not insults."));

        var category = scenario.Category(Id(10));
        category.Status.ShouldBe(CategoryStatus.Active);
        category.Notation.ShouldBe("HT-1.3");
        category.ParentId.ShouldBe(Violence);
        category.Labels["en"].ShouldBe("Hate");
        category.Definitions["en"].ShouldBe("Attacks.");
        category.ScopeNotes["en"].ShouldBe("Not insults.");
        category.Modalities.ShouldBe(["text", "image"]);
        category.CreatedAt.ShouldBe(scenario.Now);
        category.ChangedInVersion.ShouldBe(scenario.Draft.Version);
        scenario.Draft.NotationOwner("ht-1.3").ShouldBe(Id(10));
    }
}
