using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

public sealed class DraftCategoryProjectionTests
{
    [Fact]
    public void The_projection_builds_what_the_draft_holds_from_the_events_touching_the_category()
    {
        var scenario = Given(SmallTree()).And(new WriteCategoryText(Threats, "en", "Threats of harm", null, null)).And(new MergeCategory(Violence, Privacy, "Reorganised"));
        var projection = new DraftCategoryProjection();

        var threats = scenario.Touching(Threats).Aggregate(default(DraftCategory), (category, e) => projection.Evolve(category, Threats, e));

        threats.ShouldNotBeNull().ShouldBeEquivalentTo(scenario.Category(Threats));
        threats.ParentId.ShouldBe(Privacy);
    }
}
