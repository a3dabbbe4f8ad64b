using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class SkosChangeNotesTests
{
    private static readonly CategoryRef Threats = new(SkosFixture.Threats, "1.1", "Threats");
    private static readonly CategoryRef Harassment = new(SkosFixture.Harassment, "1", "Harassment");
    private static readonly CategoryRef Insults = new(SkosFixture.Insults, "2", "Insults");

    [Fact]
    public void Each_change_to_a_category_becomes_one_note_on_that_category_naming_the_release()
    {
        var notes = SkosChangeNotes.From(new TaxonomyDiff
        {
            From = "1.0.0",
            To = "2.0.0",
            Moved = [new MovedEntry(Threats, null, Harassment)],
            Renumbered = [new RenumberedEntry(Threats, "3", "1.1")],
            Renamed = [new RenamedEntry(Harassment, "es", "Hostigamiento", "Acoso")],
            Deprecated = [new DeprecatedEntry(Insults, DeprecationKind.Deprecated, [Threats], "Too vague.")],
        });

        notes[SkosFixture.Threats].ShouldBe(["Moved from the top level to under 1 in 2.0.0.", "Notation changed from 3 to 1.1 in 2.0.0."]);
        notes[SkosFixture.Harassment].ShouldBe(["Label in es changed from \"Hostigamiento\" to \"Acoso\" in 2.0.0."]);
        notes[SkosFixture.Insults].ShouldBe(["Deprecated, replaced by 1.1, in 2.0.0: Too vague."]);
    }

    [Fact]
    public void A_category_the_release_did_not_touch_has_no_note()
    {
        var notes = SkosChangeNotes.From(new TaxonomyDiff { From = "1.0.0", To = "1.0.1", Added = [Threats] });

        notes.Keys.ShouldBe([SkosFixture.Threats]);
    }

    [Fact]
    public void A_split_names_every_replacement()
    {
        var notes = SkosChangeNotes.From(new TaxonomyDiff
        {
            From = "1.0.0",
            To = "2.0.0",
            Deprecated = [new DeprecatedEntry(Harassment, DeprecationKind.SplitInto, [Threats, Insults], "")],
        });

        notes[SkosFixture.Harassment].ShouldBe(["Split into 1.1, 2 in 2.0.0."]);
    }
}
