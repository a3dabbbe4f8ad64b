using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Splitting;

public sealed class SplitCategoryTests
{
    private static readonly Guid PhysicalThreats = Id(20);
    private static readonly Guid VerbalThreats = Id(21);

    private static SplitCategory SplitViolence(string? reason = "Too broad") => new(
        Violence, null, [new SplitInto(PhysicalThreats, "Physical violence", "Harm to bodies."), new SplitInto(VerbalThreats, "Verbal violence", null)], reason);

    [Fact]
    public void The_parts_are_new_categories_beside_the_source_with_new_notations()
    {
        var scenario = Given(SmallTree());

        var split = scenario.WhenApplied(SplitViolence()).ThenSingle<CategorySplit>();

        split.Parts.Select(part => part.Notation).ShouldBe(["HT-4", "HT-5"]);
        split.Parts.Select(part => part.Position).ShouldBe([3, 4]);
        split.SourceParentId.ShouldBeNull();
        split.Language.ShouldBe("en");
        var physical = scenario.Category(PhysicalThreats);
        physical.ParentId.ShouldBeNull();
        physical.Labels["en"].ShouldBe("Physical violence");
        physical.Definitions["en"].ShouldBe("Harm to bodies.");
        physical.IsActive.ShouldBeTrue();
        scenario.Category(VerbalThreats).Definitions.ShouldBeEmpty();
        scenario.ChildrenOf(null).ShouldBe([Violence, Privacy, Fraud, PhysicalThreats, VerbalThreats]);
    }

    [Fact]
    public void Parts_of_a_child_are_numbered_under_its_parent()
    {
        var split = Given(SmallTree()).When(new SplitCategory(
            Threats, "en", [new SplitInto(Id(20), "Threats to life", ""), new SplitInto(Id(21), "Threats to property", "")], "Different severity"))
            .ThenSingle<CategorySplit>();

        split.SourceParentId.ShouldBe(Violence);
        split.Parts.Select(part => part.Notation).ShouldBe(["HT-1.3", "HT-1.4"]);
    }

    [Fact]
    public void The_source_is_deprecated_as_split_into_the_parts()
    {
        var scenario = Given(SmallTree());

        scenario.And(SplitViolence());

        var violence = scenario.Category(Violence);
        violence.Status.ShouldBe(CategoryStatus.Deprecated);
        violence.Deprecation!.Kind.ShouldBe(DeprecationKind.SplitInto);
        violence.Deprecation.ReplacedBy.ShouldBe([PhysicalThreats, VerbalThreats]);
        violence.Deprecation.Reason.ShouldBe("Too broad");
    }

    [Fact]
    public void The_source_children_move_to_the_first_part()
    {
        var scenario = Given(SmallTree());

        scenario.WhenApplied(SplitViolence()).ThenSingle<CategorySplit>().MovedChildren.ShouldBe([Threats, Incitement]);

        scenario.ChildrenOf(PhysicalThreats).ShouldBe([Threats, Incitement]);
        scenario.ChildrenOf(VerbalThreats).ShouldBeEmpty();
        scenario.ChildrenOf(Violence).ShouldBeEmpty();
    }

    [Fact]
    public void The_parts_keep_the_source_modalities()
    {
        var scenario = Given(SmallTree()).And(new SetCategoryModalities(Violence, ["image", "text"]));

        scenario.And(SplitViolence());

        scenario.Category(VerbalThreats).Modalities.ShouldBe(["text", "image"]);
    }

    [Fact]
    public void Generated_notations_of_the_parts_skip_notations_in_use() =>
        Given([.. SmallTree(), Added(Id(10), "HT-5", "Taken", position: 3)])
            .When(SplitViolence()).ThenSingle<CategorySplit>().Parts.Select(part => part.Notation).ShouldBe(["HT-6", "HT-7"]);

    [Fact]
    public void A_split_may_be_written_in_another_language_of_the_taxonomy() =>
        Given(SmallTree("en", "es"))
            .When(new SplitCategory(Privacy, "es", [new SplitInto(Id(20), "Datos", ""), new SplitInto(Id(21), "Imagen", "")], "Más claro"))
            .ThenSingle<CategorySplit>().Language.ShouldBe("es");

    [Fact]
    public void Splitting_into_one_part_is_refused() =>
        Given(SmallTree()).WhenRefused(new SplitCategory(Violence, null, [new SplitInto(Id(20), "Violence", "")], "Rename")).ThenBreaks("into");

    [Fact]
    public void Splitting_into_nothing_is_refused() =>
        Given(SmallTree()).WhenRefused(new SplitCategory(Violence, null, null, "Nothing")).ThenBreaks("into");

    [Fact]
    public void Splitting_into_more_than_twenty_parts_is_refused()
    {
        var parts = Enumerable.Range(20, 21).Select(number => new SplitInto(Id(number), $"Part {number}", "")).ToArray();

        Given(SmallTree()).WhenRefused(new SplitCategory(Violence, null, parts, "Many")).ThenBreaks("into");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_reason_is_required(string? reason) =>
        Given(SmallTree()).WhenRefused(SplitViolence(reason)).ThenBreaks("reason");

    [Fact]
    public void The_same_part_id_twice_is_refused() =>
        Given(SmallTree())
            .WhenRefused(new SplitCategory(Violence, null, [new SplitInto(Id(20), "One", ""), new SplitInto(Id(20), "Two", "")], "Twice"))
            .ThenBreaks("into[1]", TaxonomyRuleKind.Conflict);

    [Fact]
    public void A_part_id_already_in_the_draft_is_refused() =>
        Given(SmallTree())
            .WhenRefused(new SplitCategory(Violence, null, [new SplitInto(Id(20), "One", ""), new SplitInto(Fraud, "Two", "")], "Reuse"))
            .ThenBreaks("into[1]", TaxonomyRuleKind.Conflict);

    [Fact]
    public void A_part_without_a_label_is_refused_at_its_place() =>
        Given(SmallTree())
            .WhenRefused(new SplitCategory(Violence, null, [new SplitInto(Id(20), "One", ""), new SplitInto(Id(21), " ", "")], "Blank"))
            .ThenBreaks("into[1].label");

    [Fact]
    public void A_deprecated_category_cannot_be_split() =>
        Given(SmallTree()).And(SplitViolence())
            .WhenRefused(SplitViolence()).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);

    [Fact]
    public void A_language_the_taxonomy_lacks_is_refused() =>
        Given(SmallTree())
            .WhenRefused(new SplitCategory(Violence, "fr", [new SplitInto(Id(20), "Un", ""), new SplitInto(Id(21), "Deux", "")], "Non"))
            .ThenBreaks("language");
}
