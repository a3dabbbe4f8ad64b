using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Researching.Diffing;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Researching;

/// <summary>The examples the API reference shows for published versions, their downloads, diffs and migration maps.</summary>
public static class ResearchExamples
{
    private static readonly Guid Harassment = TaxonomyApiExamples.Harassment;
    private static readonly Guid Scams = TaxonomyApiExamples.Scams;

    public static IReadOnlyList<PublishedVersion> Versions { get; } = TaxonomyApiExamples.Summary.Versions;

    public static TaxonomyDiff Diff { get; } = new()
    {
        From = "1.0.0",
        To = "2.0.0",
        Deprecated = [new DeprecatedEntry(new CategoryRef(Scams, "1.2", "Scams"), DeprecationKind.MergedInto, [new CategoryRef(Harassment, "1.1", "Harassment")], "Duplicates")],
        Migration =
        [
            new MigrationEntry(Harassment, "1.1", [Harassment], ["1.1"], MigrationKind.Same),
            new MigrationEntry(Scams, "1.2", [Harassment], ["1.1"], MigrationKind.Replaced),
        ],
        RequiredBump = VersionBump.Major,
        BumpReasons = ["1 category merged into another."],
    };

    public static MigrationMapDocument MigrationMap { get; } = new("community-harms-demo", "1.0.0", "2.0.0", Diff.Migration);

    public static string MigrationCsv { get; } =
        $"from id,from notation,kind,to ids,to notations\r\n{Harassment},1.1,same,{Harassment},1.1\r\n{Scams},1.2,replaced,{Harassment},1.1\r\n";

    public static PublicationPlan Plan { get; } = new(Diff with { To = TaxonomyQueries.Draft }, "1.0.0", "2.0.0", "2.0.0", "- Merged 1.2 Scams into 1.1 Harassment.", true, null);

    public static string Csv { get; } =
        $"id,notation,parent notation,level,status,replaced by,modalities,label@en,definition@en,scope note@en,label@es,definition@es,scope note@es,mappings\r\n" +
        $"{Harassment},1.1,1,2,active,,text,Harassment,Repeated unwanted contact meant to intimidate.,,Acoso,Contacto no deseado y repetido.,,llama-guard-3:S10 (closeMatch)\r\n";

    public static string Turtle { get; } =
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n" +
        $"<https://harms.example.org/taxonomies/community-harms-demo/categories/{Harassment}> a skos:Concept ;\n" +
        "    skos:notation \"1.1\" ;\n    skos:prefLabel \"Harassment\"@en, \"Acoso\"@es .\n";
}
