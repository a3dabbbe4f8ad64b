using HarmTaxonomy.Domain.Exports.Citation;

namespace HarmTaxonomy.Domain.Tests.Exports.Citation;

public sealed class CitationCffTests
{
    [Fact]
    public void The_file_has_every_cff_field_a_dataset_needs()
    {
        CitationCff.Write(ExportFixture.Release()).ShouldBe(
            """
            cff-version: "1.2.0"
            message: "If you use this taxonomy, please cite it using these metadata."
            type: dataset
            title: "Community harms"
            version: "2.0.0"
            date-released: "2026-11-20"
            authors:
              - name: "Ana García"
              - name: "Sam Lee"
            abstract: "Harms our community sees online."
            license: "CC-BY-4.0"
            url: "https://harms.example.org/taxonomies/community-harms/versions/2.0.0"
            repository: "https://harms.example.org/taxonomies/community-harms"
            identifiers:
              - type: doi
                value: "10.5281/zenodo.123"
              - type: url
                value: "https://harms.example.org/taxonomies/community-harms/versions/2.0.0"

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_title_with_a_colon_quotes_and_a_comment_sign_stays_one_yaml_string()
    {
        var release = ExportFixture.Release(ExportFixture.Snapshot() with { Title = "Harms: a \"community\" view # draft\\1" });

        CitationCff.Write(release).ShouldContain("\ntitle: \"Harms: a \\\"community\\\" view # draft\\\\1\"\n");
    }

    [Fact]
    public void Line_breaks_and_control_characters_are_escaped_inside_the_quotes()
    {
        CitationCff.Quoted("two\nlines\ttab\u0007bell").ShouldBe("\"two\\nlines\\ttab\\u0007bell\"");
    }

    [Fact]
    public void Without_curators_the_publishing_community_is_the_author()
    {
        var cff = CitationCff.Write(ExportFixture.Release(curators: []));

        cff.ShouldContain("authors:\n  - name: \"Community harms collective\"\n");
    }

    [Fact]
    public void Without_a_doi_the_version_address_is_the_only_identifier()
    {
        var cff = CitationCff.Write(ExportFixture.Release() with { Doi = null });

        cff.ShouldNotContain("type: doi");
        cff.ShouldEndWith("identifiers:\n  - type: url\n    value: \"https://harms.example.org/taxonomies/community-harms/versions/2.0.0\"\n");
    }
}
