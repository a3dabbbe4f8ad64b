using HarmTaxonomy.Domain.Taxonomies.Reference;
using static HarmTaxonomy.Domain.Tests.Taxonomies.Reference.ReferenceTaxonomyExamples;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

public sealed class ImportingReferenceTaxonomyTests
{
    [Fact]
    public void First_import_records_the_whole_scheme_under_its_slug_derived_id()
    {
        var content = Small();

        var events = ReferenceTaxonomyImport.Decide(recordedContentHash: null, Import(content));

        var imported = events.ShouldHaveSingleItem().ShouldBeOfType<ReferenceTaxonomyImported>();
        imported.TaxonomyId.ShouldBe(ReferenceTaxonomyId.FromSlug("example-guard-1"));
        imported.Content.ShouldBe(content);
        imported.ContentHash.ShouldBe(ReferenceTaxonomyContentHash.Of(content));
        imported.ImportedBy.ShouldBe("system:test");
        imported.ImportedAt.ShouldBe(Now);
    }

    [Fact]
    public void Importing_unchanged_content_again_records_nothing()
    {
        var content = Small();
        var recorded = ReferenceTaxonomyContentHash.Of(content);

        ReferenceTaxonomyImport.Decide(recorded, Import(content)).ShouldBeEmpty();
    }

    [Fact]
    public void Importing_changed_content_records_one_revision()
    {
        var before = Small();
        var after = before with { Categories = [.. before.Categories, new ReferenceCategory("G3", "Fraud", null)] };

        var events = ReferenceTaxonomyImport.Decide(ReferenceTaxonomyContentHash.Of(before), Import(after));

        var revised = events.ShouldHaveSingleItem().ShouldBeOfType<ReferenceTaxonomyRevised>();
        revised.Content.Categories.Count.ShouldBe(4);
        revised.ContentHash.ShouldNotBe(ReferenceTaxonomyContentHash.Of(before));
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var content = Small(new("G1", "Violence", null), new("G1", "Also violence", null));

        var error = Should.Throw<InvalidReferenceTaxonomyException>(() => ReferenceTaxonomyImport.Decide(null, Import(content)));

        error.Errors.ShouldContain(message => message.Contains("'G1' appears more than once"));
    }

    [Fact]
    public void A_parent_that_does_not_exist_is_refused()
    {
        var content = Small(new("G1", "Violence", null), new("G1.1", "Threats", "G9"));

        var error = Should.Throw<InvalidReferenceTaxonomyException>(() => ReferenceTaxonomyImport.Decide(null, Import(content)));

        error.Errors.ShouldContain(message => message.Contains("unknown parent 'G9'"));
    }

    [Fact]
    public void A_category_that_is_its_own_ancestor_is_refused()
    {
        var content = Small(new("A", "First", "B"), new("B", "Second", "A"));

        var error = Should.Throw<InvalidReferenceTaxonomyException>(() => ReferenceTaxonomyImport.Decide(null, Import(content)));

        error.Errors.ShouldContain(message => message.Contains("its own ancestor"));
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("Upper-Case")]
    [InlineData("has space")]
    public void Malformed_slugs_are_refused(string slug)
    {
        var content = Small() with { Slug = slug };

        Should.Throw<InvalidReferenceTaxonomyException>(() => ReferenceTaxonomyImport.Decide(null, Import(content)))
            .Errors.ShouldContain(message => message.StartsWith("Slug", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_that_is_not_a_web_address_is_refused()
    {
        var content = Small() with { SourceUrl = "javascript:alert(1)" };

        Should.Throw<InvalidReferenceTaxonomyException>(() => ReferenceTaxonomyImport.Decide(null, Import(content)))
            .Errors.ShouldContain(message => message.Contains("http(s)"));
    }
}
