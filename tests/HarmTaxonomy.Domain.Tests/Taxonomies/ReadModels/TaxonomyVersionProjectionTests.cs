using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using JasperFx.Events;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

public sealed class TaxonomyVersionProjectionTests
{
    [Fact]
    public void A_published_version_becomes_a_document_named_by_slug_and_version()
    {
        var published = Given(SmallTree()).When(new PublishVersion("1.0.0", "First.")).ThenSingle<TaxonomyVersionPublished>();

        var document = TaxonomyVersionProjection.Create(new Event<TaxonomyVersionPublished>(published) { Version = 7 });

        document.Id.ShouldBe("open-harms@1.0.0");
        document.Slug.ShouldBe("open-harms");
        document.Version.ShouldBe("1.0.0");
        document.PreviousVersion.ShouldBeNull();
        document.Sha256.ShouldBe(published.Sha256);
        document.Changelog.ShouldBe("First.");
        document.Licence.ShouldBe("CC-BY-4.0");
        document.PublishedBy.ShouldBe(Curator);
        document.Snapshot.ShouldBe(published.Snapshot);
    }
}
