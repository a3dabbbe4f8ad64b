using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

public sealed class CategoryTimelineProjectionTests
{
    [Fact]
    public void The_timeline_lists_every_change_to_a_category_oldest_first()
    {
        var scenario = Given(SmallTree()).And(new WriteCategoryText(Threats, "en", "Threats of harm", null, null)).And(new MergeCategory(Violence, Privacy, "Reorganised"));
        var projection = new CategoryTimelineProjection();

        var timeline = scenario.Touching(Threats).Aggregate(default(CategoryTimeline), (current, e) => projection.Evolve(current, Threats, e)).ShouldNotBeNull();

        timeline.Id.ShouldBe(Threats);
        timeline.TaxonomyId.ShouldBe(TaxonomyId);
        timeline.Entries.Select(entry => entry.Kind).ShouldBe(["added", "renamed", "moved"]);
        timeline.Entries[^1].DraftVersion.ShouldBe(scenario.Draft.Version);
        timeline.Entries[^1].Reason.ShouldBe("Reorganised");
    }
}
