using HarmTaxonomy.Domain.Exports.Citation;

namespace HarmTaxonomy.Domain.Tests.Exports.Citation;

public sealed class CitationBibTests
{
    [Fact]
    public void The_entry_is_a_misc_with_a_key_from_slug_and_version()
    {
        CitationBib.Write(ExportFixture.Release()).ShouldBe(
            """
            @misc{community-harms-v2.0.0,
              title = {{Community harms}},
              author = {{Ana García} and {Sam Lee}},
              year = {2026},
              date = {2026-11-20},
              version = {2.0.0},
              publisher = {Community harms collective},
              howpublished = {\url{https://harms.example.org/taxonomies/community-harms/versions/2.0.0}},
              url = {https://harms.example.org/taxonomies/community-harms/versions/2.0.0},
              doi = {10.5281/zenodo.123},
              note = {Dataset, licence CC-BY-4.0}
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Latex_special_characters_are_escaped()
    {
        CitationBib.Escape("R&D 100% $5 #1 snake_case {x}").ShouldBe("R\\&D 100\\% \\$5 \\#1 snake\\_case \\{x\\}");
        CitationBib.Escape("a\\b ~ c^2").ShouldBe("a\\textbackslash{}b \\textasciitilde{} c\\textasciicircum{}2");
    }

    [Fact]
    public void A_title_with_special_characters_keeps_the_entry_balanced()
    {
        var release = ExportFixture.Release(ExportFixture.Snapshot() with { Title = "Harms & {risks}} 100%" });

        var bib = CitationBib.Write(release);

        bib.ShouldContain("  title = {{Harms \\& \\{risks\\}\\} 100\\%}},\n");
        var unescaped = bib.Replace("\\{", "", StringComparison.Ordinal).Replace("\\}", "", StringComparison.Ordinal);
        unescaped.Count(character => character == '{').ShouldBe(unescaped.Count(character => character == '}'));
    }

    [Fact]
    public void The_key_keeps_only_characters_bibtex_allows()
    {
        var release = ExportFixture.Release(ExportFixture.Snapshot() with { Slug = "harms,2026 {x}" });

        CitationBib.Key(release).ShouldBe("harms-2026--x--v2.0.0");
    }
}
