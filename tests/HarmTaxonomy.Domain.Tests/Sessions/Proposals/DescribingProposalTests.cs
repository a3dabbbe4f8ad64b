using HarmTaxonomy.Domain.Sessions.Proposals;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Proposals;

public sealed class DescribingProposalTests
{
    private static readonly Guid NewId = Id(60);

    [Theory]
    [InlineData(ProposalKind.Rename, "Rename HT-3 “Fraud” to “Scams”")]
    [InlineData(ProposalKind.Redefine, "Redefine HT-3 “Fraud”: Deceiving people.")]
    [InlineData(ProposalKind.Move, "Move HT-3 “Fraud” under HT-2 “Privacy”")]
    [InlineData(ProposalKind.Merge, "Merge HT-3 “Fraud” into HT-2 “Privacy”")]
    [InlineData(ProposalKind.Split, "Split HT-3 “Fraud” into “Scams”, “Impersonation”")]
    [InlineData(ProposalKind.Deprecate, "Deprecate HT-3 “Fraud”")]
    public void A_proposal_reads_as_one_line_naming_the_categories(ProposalKind kind, string line)
    {
        var change = new ProposedChange(
            kind, "en", NewId, CategoryId: Fraud, Label: " Scams ", Definition: "Deceiving people.", ParentId: Privacy, IntoId: Privacy, SplitLabels: ["Scams", " Impersonation"]);

        change.Describe(Given(SmallTree()).Draft).ShouldBe(line);
    }

    [Fact]
    public void An_added_category_reads_with_its_parent_or_the_top_level()
    {
        var draft = Given(SmallTree()).Draft;

        new ProposedChange(ProposalKind.AddCategory, "en", NewId, Label: "Voice cloning", ParentId: Fraud).Describe(draft).ShouldBe("Add “Voice cloning” under HT-3 “Fraud”");
        new ProposedChange(ProposalKind.AddCategory, "en", NewId, Label: "Voice cloning").Describe(draft).ShouldBe("Add “Voice cloning” under the top level");
    }

    [Fact]
    public void A_category_without_a_label_in_the_proposal_language_reads_in_another() =>
        new ProposedChange(ProposalKind.Deprecate, "es", NewId, CategoryId: Fraud).Describe(Given(SmallTree("en", "es")).Draft).ShouldBe("Deprecate HT-3 “Fraud”");
}
