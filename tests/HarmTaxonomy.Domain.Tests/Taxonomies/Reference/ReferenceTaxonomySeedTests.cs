using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

public sealed class ReferenceTaxonomySeedTests
{
    [Fact]
    public void The_shipped_seed_holds_fifteen_distinct_taxonomies()
    {
        var slugs = ReferenceTaxonomySeed.All.Select(taxonomy => taxonomy.Slug).ToList();

        slugs.Count.ShouldBe(15);
        slugs.Distinct().Count().ShouldBe(15);
        slugs.ShouldContain("llama-guard-3");
        slugs.ShouldContain("mlcommons-ailuminate-v1.0");
        slugs.ShouldContain("nist-ai-600-1");
    }

    [Fact]
    public void Every_shipped_taxonomy_passes_validation()
    {
        foreach (var taxonomy in ReferenceTaxonomySeed.All)
        {
            ReferenceTaxonomyValidation.Validate(taxonomy).ShouldBeEmpty(taxonomy.Slug);
        }
    }

    [Fact]
    public void Llama_Guard_3_keeps_its_codes_S1_to_S14_flat()
    {
        var llamaGuard = ReferenceTaxonomySeed.All.Single(taxonomy => taxonomy.Slug == "llama-guard-3");

        llamaGuard.Categories.Select(category => category.Code).ShouldBe(Enumerable.Range(1, 14).Select(n => $"S{n}"));
        llamaGuard.Categories.ShouldAllBe(category => category.ParentCode == null);
        llamaGuard.Categories.Single(category => category.Code == "S10").Name.ShouldBe("Hate");
    }

    [Fact]
    public void AILuminate_groups_its_twelve_hazards_under_three_groups()
    {
        var ailuminate = ReferenceTaxonomySeed.All.Single(taxonomy => taxonomy.Slug == "mlcommons-ailuminate-v1.0");
        var roots = ReferenceCategoryTree.Build(ailuminate.Categories);

        roots.Select(root => root.Code).ShouldBe(["physical", "non_physical", "contextual"]);
        roots.Sum(root => root.Children.Count).ShouldBe(12);
        roots[0].Children.ShouldContain(child => child.Code == "vcr" && child.Name == "Violent Crimes");
    }

    [Fact]
    public void AIR_2024_keeps_its_four_level_hierarchy_of_377_categories()
    {
        var air = ReferenceTaxonomySeed.All.Single(taxonomy => taxonomy.Slug == "air-2024");

        air.Categories.Count.ShouldBe(377);
        ReferenceCategoryTree.Build(air.Categories).Count.ShouldBe(4);
    }

    [Fact]
    public void Every_shipped_taxonomy_names_its_source_licence_and_description()
    {
        ReferenceTaxonomySeed.All.ShouldAllBe(taxonomy =>
            taxonomy.SourceUrl.StartsWith("https://") || taxonomy.SourceUrl.StartsWith("http://"));
        ReferenceTaxonomySeed.All.ShouldAllBe(taxonomy => taxonomy.Licence.Length > 0 && taxonomy.Description.Length > 0);
    }

    [Fact]
    public void A_seed_file_of_an_unknown_format_version_is_refused()
    {
        using var json = new MemoryStream("""{"formatVersion":2,"taxonomies":[]}"""u8.ToArray());

        Should.Throw<InvalidDataException>(() => ReferenceTaxonomySeed.Parse(json)).Message.ShouldContain("format version 2");
    }
}
