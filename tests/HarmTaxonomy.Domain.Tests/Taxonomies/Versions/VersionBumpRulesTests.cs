using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class VersionBumpRulesTests
{
    private static readonly CategoryRef Fraud = new(Guid.NewGuid(), "HT-3", "Fraud");
    private static readonly CategoryRef Privacy = new(Guid.NewGuid(), "HT-2", "Privacy");

    private static TaxonomyDiff Diff() => new() { From = "1.0.0", To = "draft" };

    private static DeprecatedEntry Deprecated(DeprecationKind kind) => new(Fraud, kind, [Privacy], "Because");

    public static TheoryData<string, VersionBump> Cases => new()
    {
        { "removed", VersionBump.Major },
        { "merged", VersionBump.Major },
        { "split", VersionBump.Major },
        { "moved", VersionBump.Major },
        { "renumbered", VersionBump.Major },
        { "language removed", VersionBump.Major },
        { "added", VersionBump.Minor },
        { "deprecated", VersionBump.Minor },
        { "modalities", VersionBump.Minor },
        { "language added", VersionBump.Minor },
        { "mapping added", VersionBump.Minor },
        { "mapping removed", VersionBump.Minor },
        { "renamed", VersionBump.Patch },
        { "redefined", VersionBump.Patch },
        { "details", VersionBump.Patch },
        { "reordered", VersionBump.Patch },
        { "scheme", VersionBump.Patch },
    };

    private static TaxonomyDiff With(string change) => change switch
    {
        "removed" => Diff() with { Removed = [Fraud] },
        "merged" => Diff() with { Deprecated = [Deprecated(DeprecationKind.MergedInto)] },
        "split" => Diff() with { Deprecated = [Deprecated(DeprecationKind.SplitInto)] },
        "moved" => Diff() with { Moved = [new MovedEntry(Fraud, null, Privacy)] },
        "renumbered" => Diff() with { Renumbered = [new RenumberedEntry(Fraud, "HT-3", "FR")] },
        "language removed" => Diff() with { LanguagesRemoved = ["es"] },
        "added" => Diff() with { Added = [Fraud] },
        "deprecated" => Diff() with { Deprecated = [Deprecated(DeprecationKind.Deprecated)] },
        "modalities" => Diff() with { ModalitiesChanged = [new ModalitiesEntry(Fraud, ["text"], ["image"])] },
        "language added" => Diff() with { LanguagesAdded = ["es"] },
        "mapping added" => Diff() with { MappingsAdded = [new MappingEntry(Fraud, new CategoryMapping("exactMatch", "r", "c", null, null))] },
        "mapping removed" => Diff() with { MappingsRemoved = [new MappingEntry(Fraud, new CategoryMapping("exactMatch", "r", "c", null, null))] },
        "renamed" => Diff() with { Renamed = [new RenamedEntry(Fraud, "en", "Fraud", "Scams")] },
        "redefined" => Diff() with { Redefined = [new RedefinedEntry(Fraud, "en", "a", "b", null, null)] },
        "details" => Diff() with { DetailsRevised = [new DetailsRevisedEntry(Fraud, "en")] },
        "reordered" => Diff() with { Reordered = [Fraud] },
        "scheme" => Diff() with { SchemeChanges = ["title"] },
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_kind_of_change_needs_its_bump_with_a_reason(string change, VersionBump bump)
    {
        var (required, reasons) = VersionBumpRules.Required(With(change));

        required.ShouldBe(bump);
        reasons.ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void No_change_needs_no_bump()
    {
        var (required, reasons) = VersionBumpRules.Required(Diff());

        required.ShouldBe(VersionBump.None);
        reasons.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_reasons_of_the_largest_bump_are_given() =>
        VersionBumpRules.Required(Diff() with { Removed = [Fraud, Privacy], Added = [Fraud], Renamed = [new RenamedEntry(Fraud, "en", "a", "b")] })
            .Reasons.ShouldBe(["2 categories removed"]);

    [Fact]
    public void Reasons_count_categories_in_words() =>
        VersionBumpRules.Required(Diff() with { Added = [Fraud, Privacy], Deprecated = [Deprecated(DeprecationKind.Deprecated)], LanguagesAdded = ["es", "fr"] })
            .Reasons.ShouldBe(["2 categories added", "1 category deprecated", "languages added: es, fr"]);
}
