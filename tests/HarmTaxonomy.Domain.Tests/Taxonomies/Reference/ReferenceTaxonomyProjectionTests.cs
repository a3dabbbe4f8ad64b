using HarmTaxonomy.Domain.Taxonomies.Reference;
using static HarmTaxonomy.Domain.Tests.Taxonomies.Reference.ReferenceTaxonomyExamples;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

public sealed class ReferenceTaxonomyProjectionTests
{
    [Fact]
    public void Import_creates_the_read_model_with_counts_and_facts()
    {
        var imported = (ReferenceTaxonomyImported)ReferenceTaxonomyImport.Decide(null, Import(Small()))[0];

        var taxonomy = ReferenceTaxonomyProjection.Create(imported);

        taxonomy.Id.ShouldBe(imported.TaxonomyId);
        taxonomy.Slug.ShouldBe("example-guard-1");
        taxonomy.CategoryCount.ShouldBe(3);
        taxonomy.Licence.ShouldBe("CC BY 4.0");
        taxonomy.ImportedAt.ShouldBe(Now);
        taxonomy.RevisedAt.ShouldBeNull();
    }

    [Fact]
    public void Revision_replaces_the_content_and_keeps_the_first_import_time()
    {
        var original = Small();
        var created = ReferenceTaxonomyProjection.Create((ReferenceTaxonomyImported)ReferenceTaxonomyImport.Decide(null, Import(original))[0]);
        var changed = original with { Name = "Example Guard 1 (corrected)" };
        var later = Now.AddDays(3);
        var revised = (ReferenceTaxonomyRevised)ReferenceTaxonomyImport.Decide(created.ContentHash, new ImportReferenceTaxonomy(changed, "system:test", later))[0];

        var taxonomy = ReferenceTaxonomyProjection.Apply(revised, created);

        taxonomy.Name.ShouldBe("Example Guard 1 (corrected)");
        taxonomy.ImportedAt.ShouldBe(Now);
        taxonomy.RevisedAt.ShouldBe(later);
        taxonomy.ContentHash.ShouldBe(revised.ContentHash);
    }
}
