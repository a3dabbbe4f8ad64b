using Bunit;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Features.Taxonomies.Coverage;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Coverage;

public sealed class CoverageReportViewTests : MudBunitContext
{
    private static readonly CoverageCategory Abuse = new(Guid.CreateVersion7(), "HT-1", "Abuse");
    private static readonly CoverageCategory Hate = new(Guid.CreateVersion7(), "HT-2", "Hate");
    private static readonly CoverageCategory Scams = new(Guid.CreateVersion7(), "HT-3", "Scams");
    private static readonly CoverageCategory Extremism = new(Guid.CreateVersion7(), "HT-4", "Extremism");

    private static readonly CoverageReport Report = new(
        ActiveCategories: 4,
        Languages:
        [
            new LanguageCoverage("en", 4, 4, 1, []),
            new LanguageCoverage("es", 2, 1, 0, [Scams, Extremism]),
        ],
        References:
        [
            new ReferenceCoverage("nist-ai-600-1", "NIST AI 600-1", 12, 3, 2, [new ReferenceCategory("CBRN", "CBRN information", null)]),
            new ReferenceCoverage("llama-guard-3", "Llama Guard 3", 14, 7, 3, [new ReferenceCategory("S1", "Violent crimes", null), new ReferenceCategory("S14", "Code interpreter abuse", null)]),
        ],
        Unmapped: [Extremism],
        DraftVersion: 9);

    private IRenderedComponent<CoverageReportView> RenderReport(CoverageReport report)
    {
        Render<MudPopoverProvider>();
        return Render<CoverageReportView>(parameters => parameters.Add(p => p.Report, report).Add(p => p.Slug, "online-harms"));
    }

    [Fact]
    public void The_translation_chart_has_a_text_summary_and_a_table_with_the_same_numbers()
    {
        var cut = RenderReport(Report);

        var chart = cut.Find("[data-testid='coverage-translation-chart']");
        chart.GetAttribute("role").ShouldBe("img");
        chart.GetAttribute("aria-label").ShouldBe(
            "en: 100 % labelled, 100 % defined, 25 % with a scope note; es: 50 % labelled, 25 % defined, 0 % with a scope note");
        chart.QuerySelector("svg").ShouldNotBeNull();
        var spanish = cut.Find("[data-testid='coverage-language-es']");
        spanish.Children.Select(cell => cell.TextContent).ShouldBe(["es", "2 of 4 (50 %)", "1 of 4 (25 %)", "0 of 4 (0 %)"]);
    }

    [Fact]
    public void Each_language_lists_the_categories_still_without_a_label()
    {
        var cut = RenderReport(Report);

        cut.FindAll("[data-testid='coverage-missing-es'] li").Select(item => item.TextContent).ShouldBe(["HT-3 Scams", "HT-4 Extremism"]);
        cut.Find("[data-testid='coverage-missing-en']").TextContent.ShouldContain("Every active category has a label in this language.");
    }

    [Fact]
    public void The_crosswalk_chart_has_a_text_summary_and_a_table_per_reference_taxonomy()
    {
        var cut = RenderReport(Report);

        cut.Find("[data-testid='coverage-crosswalk-chart']").GetAttribute("aria-label")
            .ShouldBe("NIST AI 600-1: 25 % of its categories covered; Llama Guard 3: 50 % of its categories covered");
        cut.Find("[data-testid='coverage-reference-llama-guard-3']").Children.Select(cell => cell.TextContent)
            .ShouldBe(["Llama Guard 3", "7 of 14 (50 %)", "3"]);
    }

    [Fact]
    public void The_gap_report_lists_our_unmapped_categories_and_the_best_covered_reference_taxonomys_gaps()
    {
        var cut = RenderReport(Report);

        cut.FindAll("[data-testid='coverage-unmapped'] li").Select(item => item.TextContent).ShouldBe(["HT-4 Extremism"]);
        var gaps = cut.Find("[data-testid='coverage-gaps']");
        gaps.TextContent.ShouldContain("Categories of Llama Guard 3 nothing of ours maps to (2)");
        gaps.QuerySelectorAll("li").Select(item => item.TextContent).ShouldBe(["S1 Violent crimes", "S14 Code interpreter abuse"]);
    }

    [Fact]
    public void Without_active_categories_the_page_says_what_to_do()
    {
        var cut = RenderReport(new CoverageReport(0, [new LanguageCoverage("en", 0, 0, 0, [])], [], [], 3));

        cut.Find("[data-testid='coverage-empty']").TextContent.ShouldContain("add categories in the editor");
        cut.FindAll("[data-testid='coverage-translation-chart']").ShouldBeEmpty();
    }
}
