using HarmTaxonomy.Domain.Exports.Markdown;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports.Markdown;

public sealed class VersionMarkdownTests
{
    [Fact]
    public void The_document_holds_the_details_how_to_cite_and_the_tree()
    {
        VersionMarkdown.Write(ExportFixture.Release()).ShouldBe(
            """
            # Community harms

            - **Version:** 2.0.0
            - **Released:** 2026-11-20
            - **Licence:** CC-BY-4.0
            - **Languages:** en, es
            - **Curators:** Ana García, Sam Lee
            - **Address:** <https://harms.example.org/taxonomies/community-harms/versions/2.0.0>

            Harms our community sees online.

            ## How to cite

            Ana García, Sam Lee (2026). Community harms (Version 2.0.0) \[Data set\]. https://harms.example.org/taxonomies/community-harms/versions/2.0.0 https://doi.org/10.5281/zenodo.123

            ## Categories

            ### HT-1 Violence

            - **Definition:** Content that promotes physical harm.
            - **Modalities:** text, image
            - **Other labels:** es: Violencia

            #### HT-1.1 Threats

            - **Definition:** Statements of intent to harm someone.
            - **Scope note:** Not fiction or news reporting.
            - **Examples:** I will hurt you; Watch your back
            - **Modalities:** text
            - **Mappings:** MLCommons:S1 (exactMatch)
            - **Other labels:** es: Amenazas

            ### HT-2 Scams (deprecated)

            - **Status:** deprecated, merged into HT-3. Reason: Same harm
            - **Definition:** Tricks to take money.
            - **Other labels:** es: Estafas

            ### HT-3 Fraud

            - **Definition:** Deceiving people for gain.
            - **Modalities:** text
            - **Mappings:** MLCommons:S2 (closeMatch); https://example.org/fraud (relatedMatch)

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Another_language_falls_back_to_the_source_language_where_a_text_is_missing()
    {
        var markdown = VersionMarkdown.Write(ExportFixture.Release(), "es");

        markdown.ShouldContain("#### HT-1.1 Amenazas\n\n- **Definition:** Statements of intent to harm someone.");
        markdown.ShouldContain("### HT-3 Fraud\n");
        markdown.ShouldNotContain("en: Fraud");
    }

    [Fact]
    public void Curator_text_cannot_inject_markdown_or_html()
    {
        var snapshot = ExportFixture.Snapshot("<img src=x onerror=alert(1)>\n# Injected heading");
        snapshot = snapshot with { Title = "Harms | [home](javascript:x)" };

        var markdown = VersionMarkdown.Write(ExportFixture.Release(snapshot));

        markdown.ShouldStartWith("# Harms \\| \\[home\\](javascript:x)\n");
        markdown.ShouldContain("- **Definition:** \\<img src=x onerror=alert(1)\\> \\# Injected heading\n");
        markdown.ShouldNotContain("\n# Injected");
    }

    [Fact]
    public void Deep_categories_stop_at_the_sixth_heading_level()
    {
        var snapshot = ExportFixture.Snapshot();
        var chain = Enumerable.Range(0, 6).Select(depth => new VersionCategory
        {
            Id = Guid.Parse($"0190b000-0000-7000-8000-00000000000{depth}"),
            ParentId = depth == 0 ? null : Guid.Parse($"0190b000-0000-7000-8000-00000000000{depth - 1}"),
            Notation = $"X-{depth}",
            Position = 10,
        });
        snapshot = snapshot with { Categories = [.. snapshot.Categories, .. chain] };

        var markdown = VersionMarkdown.Write(ExportFixture.Release(snapshot));

        markdown.ShouldContain("\n###### X-3 X-3\n");
        markdown.ShouldContain("\n###### X-5 X-5\n");
        markdown.ShouldNotContain("#######");
    }

    [Theory]
    [InlineData(DeprecationKind.SplitInto, true, "- **Status:** deprecated, split into HT-3. Reason: Same harm\n")]
    [InlineData(DeprecationKind.Deprecated, true, "- **Status:** deprecated, replaced by HT-3. Reason: Same harm\n")]
    [InlineData(DeprecationKind.Deprecated, false, "- **Status:** deprecated. Reason: Same harm\n")]
    public void A_deprecated_category_says_how_it_went_and_what_replaces_it(DeprecationKind kind, bool replaced, string status)
    {
        var snapshot = ExportFixture.Snapshot();
        snapshot = snapshot with
        {
            Categories = [.. snapshot.Categories.Select(category => category.Id == ExportFixture.OldScams
                ? category with { Deprecation = new Deprecation(kind, replaced ? [ExportFixture.Fraud] : [], "Same harm") }
                : category)],
        };

        VersionMarkdown.Write(ExportFixture.Release(snapshot)).ShouldContain("### HT-2 Scams (deprecated)\n\n" + status);
    }
}
