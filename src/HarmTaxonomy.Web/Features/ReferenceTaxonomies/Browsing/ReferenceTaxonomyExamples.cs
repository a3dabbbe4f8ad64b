using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

/// <summary>The example bodies the API reference shows for the reference catalogue.</summary>
public static class ReferenceTaxonomyExamples
{
    public static IReadOnlyList<ReferenceTaxonomySummary> List { get; } =
        [new("llama-guard-3", "Llama Guard 3", "Meta", "3", 14, "Llama 3.1 Community License")];

    public static ReferenceTaxonomyDocument Document { get; } = new(
        "llama-guard-3",
        "Llama Guard 3",
        "Llama Guard 3 hazard taxonomy",
        "Meta",
        "3",
        2024,
        "2024-07-23",
        "Llama 3.1 Community License",
        "https://huggingface.co/meta-llama/Llama-Guard-3-8B",
        "The 14 hazard categories Llama Guard 3 classifies, based on the MLCommons taxonomy.",
        14,
        [new ReferenceCategory("S1", "Violent Crimes", null), new ReferenceCategory("S10", "Hate", null)]);
}
